"""The standing parts of a ship master's statement of facts or note of protest.

Such a statement is typed on the ship's paper: the owners' or managers' name and address
under the ship's name, then a table of the vessel's particulars (voyage number, tonnages,
deadweight, year and yard of build, class), then the master's account, often with a
chronology table headed "Date | LT | Event", and the legal formula by which he "notes and
enters protest". The letterhead and particulars say what the ship is, not what happened to
it (the managers' town is no place in the story, the deadweight no figure of it), and the
column heads are no event; all are flagged. The chronology rows stay, one line each.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine
from briefdeck.ingest.rules import Rule, _rule

_TITLE = re.compile(
    r"\b(?:statement of facts|note of protest|sea protest|marine protest|"
    r"master'?s (?:statement|report|protest))\b",
    re.I,
)
_HEAD_LINES = 15  # the title stands near the top, under the ship's letterhead
_OWNERS = re.compile(
    r"^(?:(?:technical |commercial |ism |registered |disponent )?(?:managers?|"
    r"owners?|operators?)|p&i club)\s*:\s*\S.{0,160}$",
    re.I,
)
_PARTICULARS = {
    "voyage no.",
    "voyage no",
    "voyage number",
    "gross tonnage",
    "net tonnage",
    "grt",
    "nrt",
    "gt",
    "nt",
    "deadweight",
    "dwt",
    "summer deadweight",
    "built",
    "year built",
    "year of build",
    "builder",
    "class",
    "classification society",
    "imo",
    "imo no.",
    "imo number",
    "call sign",
    "flag",
    "port of registry",
    "official number",
    "official no.",
    "loa",
    "length overall",
    "beam",
    "breadth",
    "draught",
    "draft",
    "owners",
    "managers",
    "operators",
    "p&i club",
    "hull no.",
    "mmsi",
}
# the column heads of a ship's chronology: "Date | LT | Event", "Date | Time (UTC) | Remarks"
_COLUMN_HEADS = {
    "date",
    "day",
    "time",
    "lt",
    "utc",
    "smt",
    "gmt",
    "local time",
    "ship's time",
    "time (lt)",
    "time (utc)",
    "hrs",
    "event",
    "events",
    "remarks",
    "details",
    "description",
    "position",
    "activity",
    "entry",
    "action",
}


def is_statement(lines: list[ArticleLine]) -> bool:
    """A master's statement of facts or protest: titled so near the top."""
    return any(_TITLE.search(line.text) for line in lines[:_HEAD_LINES])


def flag_ship_papers(
    text: str, lines: list[ArticleLine], flags: dict[int, str], first_prose: int
) -> None:
    """The letterhead's owners line and the particulars rows above the account, and the
    chronology's column heads anywhere in it."""
    if "\t" not in text or not is_statement(lines):
        return
    for i, line in enumerate(lines):
        if i in flags:
            continue
        cells = line.text.split("\t")
        if i < first_prose and (
            _OWNERS.match(line.text)
            or (len(cells) == 2 and cells[0].strip().lower() in _PARTICULARS)
        ):
            flags[i] = "letterhead"
        elif len(cells) >= 2 and all(c.strip().lower() in _COLUMN_HEADS for c in cells):
            flags[i] = "table header"


# fmt: off
RULES: tuple[Rule, ...] = (
    # "Now therefore I, the said Master, do note and enter protest against ... reserving the
    # right to extend this protest ...": the legal formula closing a note of protest.
    _rule("legal notice", r"\b(?:do|hereby) (?:hereby )?(?:note and )?(?:enter|extend|make) "
          r"(?:this |my |a )?(?:note of )?protest\b|\breserving the right to extend (?:this|my|"
          r"the) protest\b", 120, hints=("protest",)),
)
# fmt: on
