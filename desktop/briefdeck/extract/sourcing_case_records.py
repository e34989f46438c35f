"""A court record and the first account it corrects: "The stipulation of fact in the case
records that two drones struck the base ..., rather than the three service members first
announced by Combined Joint Task Force-Operation Inherent Resolve". The record is a document
speaking ("records that", "states that"); the body that "first announced" the earlier toll
is a source of its own (its count, though corrected, is what it said).
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.people import PeopleIndex

_RECORD_SAYS = re.compile(
    r"\b[Tt]he\s+(?:stipulation(?:\s+of\s+fact)?|charge\s+sheet|indictment|"
    r"court\s+record|case\s+file|affidavit|criminal\s+complaint)"
    r"(?:\s+in\s+the\s+case)?\s+(?:records|states|shows|says|notes)\s+that\b"
)
# ("first announced by X", "initially reported by the X": the body that gave the first toll)
_FIRST_BY = re.compile(
    r"\b(?:first|initially|originally)\s+(?:announced|reported|given)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:(?:[ \t]|-)(?:of|for|the|and|"
    r"[A-Z][\w.'’-]*)){0,8})"
)


def case_records(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of court records that speak and bodies that first announced."""
    out: list[tuple[int, int, str, int | None]] = []
    if " that" in text and (
        "tipulation" in text
        or "ndictment" in text
        or "ffidavit" in text
        or "charge sheet" in text
        or "record" in text
        or "case file" in text
        or "complaint" in text
    ):
        out += [(m.start(), m.end() - 5, "document", 1) for m in _RECORD_SAYS.finditer(text)]
    if " by " in text and ("first " in text or "initially " in text or "originally " in text):
        for m in _FIRST_BY.finditer(text):
            who = re.sub(r"(?:[ \t]+(?:of|for|the|and))+$", "", m.group("who"))
            kind, _ = classify(who, people, m.start("who"))
            if kind == "spokesperson":
                out.append((m.start(), m.start("who") + len(who), kind, 1))
    return out
