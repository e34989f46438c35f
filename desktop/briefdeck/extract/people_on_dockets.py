"""The people a court docket sheet names in its party blocks and entries.

A US district court's docket sheet (PACER's layout) sets each party in a block, "Defendant (1)"
over the party's name, with counsel in a column beside it: "Jane Q. Roe    represented by  John
Doe", his office, address and "Designation: Assistant US Attorney" below. Its entries name the
defendants by number ("as to Jane Q. Roe (1), John Poe (2), Acme Trading FZE (3)") and the
lawyers who join later ("NOTICE OF ATTORNEY APPEARANCE Ann Poe appearing for USA"). These are
the case's people, whether or not the entries' prose names them again.
"""

from __future__ import annotations

import re

Named = tuple[str, str, int, int]

_NAME = r"[A-Z][a-z'’-]++(?:[ \t][A-Z](?:\.|[a-z'’-]++)){1,3}+"
# "Jane Q. Roe      represented by  John Doe" (the party's line, counsel beside it)
_REPRESENTED = re.compile(
    r"(?m)^(?P<party>[^\n]{1,60}?)[ \t]{2,}represented[ \t]by[ \t]++(?P<name>" + _NAME + r")[ \t]*$"
)
_DESIGNATION = re.compile(r"\n[ \t]*Designation:[ \t]*(?P<what>[^\n]{3,80})")
# "Defendant (1)" / "Plaintiff": the block's heading, on the line above the party
_PARTY_HEAD = re.compile(r"(?:Defendant|Plaintiff|Petitioner|Respondent)s?(?:[ \t]*\(\d+\))?")
# "as to Jane Q. Roe (1), John Poe (2)": a defendant named by number in an entry
_AS_TO = re.compile(
    r"(?:\bas[ \t]to[ \t]|(?<=\)),[ \t])(?P<name>" + _NAME + r")[ \t]\((?P<n>\d{1,2})\)"
)
_APPEARING = re.compile(
    r"\bNOTICE OF ATTORNEY APPEARANCE:?[ \t]++(?:by[ \t]++)?(?P<name>"
    + _NAME
    + r")[ \t]++appearing[ \t]++for[ \t]++(?P<side>USA|United States|"
    r"[A-Z][\w.'’-]*+(?:[ \t][A-Z][\w.'’-]*+){0,3})"
)
# A numbered party that is a firm: "Acme Aero Trading FZE (3)"
_FIRM_WORD = re.compile(
    r"\b(?:FZE|FZCO|FZ-LLC|LLC|L\.L\.C\.|Ltd|Limited|Inc|Corp|Corporation|"
    r"Co|Company|GmbH|LLP|PLC|SA|AG|Group|Holdings|Trading|Enterprises?|"
    r"Industries|Technologies|Logistics|Aero|International|Imports?|"
    r"Exports?|Supply|Systems|Solutions|Partners)\b"
)


def _counsel_title(text: str, party: str, end: int) -> str:
    """Counsel's title from the block's designation, else from the side they stand for."""
    block_end = text.find("\n\n", end)
    des = _DESIGNATION.search(text, end, block_end if block_end >= 0 else len(text))
    what = des.group("what") if des else ""
    if "US Attorney" in what or "U.S. Attorney" in what:
        return "Assistant U.S. Attorney"
    if party.strip() in ("USA", "United States", "United States of America"):
        return "counsel for the government"
    return "defense counsel"


def docket_people(text: str) -> list[Named]:
    """(name, title, start, end) of the parties and counsel a docket sheet names."""
    if "represented by" not in text and "as to " not in text:
        return []
    if "DOCKET" not in text and "Docket Text" not in text:
        return []  # (a docket sheet's own heading: "CRIMINAL DOCKET FOR CASE #")
    found: list[Named] = []
    for m in _REPRESENTED.finditer(text):
        party = m.group("party").strip()
        above_end = text.rfind("\n", 0, m.start())
        above = text[text.rfind("\n", 0, max(above_end, 0)) + 1 : max(above_end, 0)].strip()
        if (
            _PARTY_HEAD.fullmatch(above)
            and above.startswith("Defendant")
            and re.fullmatch(_NAME, party)
            and not _FIRM_WORD.search(party)
        ):
            found.append((party, "defendant", m.start("party"), m.start("party") + len(party)))
        found.append(
            (m.group("name"), _counsel_title(text, party, m.end()), m.start("name"), m.end("name"))
        )
    for m in _AS_TO.finditer(text) if " (1)" in text else ():
        if not _FIRM_WORD.search(m.group("name")):
            found.append((m.group("name"), "defendant", m.start("name"), m.end("name")))
    for m in _APPEARING.finditer(text) if "APPEARANCE" in text else ():
        side = m.group("side")
        title = "counsel for the government" if side in ("USA", "United States") else "counsel"
        found.append((m.group("name"), title, m.start("name"), m.end("name")))
    return found
