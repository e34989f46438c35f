"""Who briefed a visiting delegation or a meeting: "A U.S. Central Command planner briefed the
strikes", "Col. Jane Roe, commander of the 1st Wing, briefed last Tuesday's attack". A trip
report or a meeting note sources what follows to the briefer as a story sources it to the one
who said it. Only a sentence's own subject, a person or an officer by post, briefs ("was
briefed", "had been briefed on" make the subject the listener, not the source); a leader who
"briefed the Secretary" in a call's readout is the meeting told, not a source, and one who
"briefed the press" speaks in the words reported after it, under a label or in quotes.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.people import PeopleIndex

# the subject, from the start of its sentence (or line), right before "briefed"
# (a stop inside the subject only in initials or a title: "A U.S. Central Command planner",
# "Col. Jane Roe")
_TITLE_STOP = "|".join(
    f"(?<={t})"
    for t in (
        "Col",
        "Gen",
        "Lt",
        "Maj",
        "Capt",
        "Sgt",
        "Adm",
        "Brig",
        "Cmdr",
        "Rep",
        "Sen",
        "Dr",
        "Mr",
        "Ms",
    )
)
_BRIEFED = re.compile(
    r"(?:^|(?<=[a-z)]{2}[.!?]\s)|(?<=\n))(?P<who>[A-Z](?:[^.!?\n;:\"“”]|"
    rf"\.(?=\S)|(?<=[A-Z])\.\s|(?:{_TITLE_STOP})\.\s){{3,110}}?),?\s+"
    r"briefed\b(?!\s+(?:on|about|by|him|her|them|(?:the\s+)?(?:press|reporters|journalists|"
    r"media)|(?:the|his|her)\s+(?:Vice\s+|Deputy\s+)?"
    r"(?:Secretary|President|Minister|Prime|King|Crown|Emir|Sultan|Chairman|"
    r"Ambassador|Commander|Chief|Director))\b)",
    re.M,
)
_LISTENER = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s*$")


def briefers(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each person or officer a sentence says briefed."""
    if " briefed" not in text:
        return []
    out = []
    for m in _BRIEFED.finditer(text):
        who = m.group("who")
        if _LISTENER.search(who):
            continue
        kind, count = classify(who, people, m.start("who"))
        if kind in ("named official", "anonymous official"):
            out.append((m.start("who"), m.end(), kind, count))
    return out
