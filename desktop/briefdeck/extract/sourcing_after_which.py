"""A body that denies after a long "which" clause about it: "Kataib Hezbollah, which U.S.
officials have blamed for earlier attacks, denied any role". The clause may name others
("U.S. officials") who only blamed the body before; the one before "which" is the speaker.
(The body scans read a few words back from the verb, so a clause this long escapes them.)
Only a denial: a blamed body's "no" is what a report must carry; the clause's other verbs
("said last month", "condemned") are mostly background a story does not source.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.people import PeopleIndex

_WHO_BEFORE = re.compile(r"(?<![\w'’-])(?P<who>[A-Z][\w'’-]*(?:[ \t]+(?:al-)?[A-Z][\w'’-]*){0,4})$")
_CLAUSE_ON = re.compile(
    r"(?:[^,;.\"“”\n]|(?<=[A-Z])\.){5,110},[ \t]+(?P<verb>denied|denies|rejected)\b"
    r"(?:[ \t]+(?:any|all)[ \t]+(?:role|involvement|responsibility))?"
)


def after_which(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each body that denies after a "which" clause about it."""
    if ", which " not in text:
        return []
    out = []
    at = text.find(", which ")
    while at != -1:
        on = _CLAUSE_ON.match(text, at + 8)
        who = _WHO_BEFORE.search(text, max(0, at - 80), at) if on else None
        if on and who:
            kind, _ = classify(who.group("who"), people, who.start("who"))
            if kind == "spokesperson":
                out.append((who.start("who"), on.end(), kind, 1))
        at = text.find(", which ", at + 8)
    return out
