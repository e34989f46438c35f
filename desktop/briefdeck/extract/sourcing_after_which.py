"""A body that denies after a long "which" clause about it: "Kataib Hezbollah, which U.S.
officials have blamed for earlier attacks, denied any role". The clause may name others
("U.S. officials") who only blamed the body before; the one before "which" is the speaker.
(The body scans read a few words back from the verb, so a clause this long escapes them.)
Only a denial: a blamed body's "no" is what a report must carry; the clause's other verbs
("said last month", "condemned") are mostly background a story does not source. A clause
that only says what the body does ("which keeps track of attacks on ships") is no such
background: the body's "said" after it is read too.
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


# A body speaking after a clause that says what it does, in the present ("UKMTO, which keeps
# track of attacks on ships, said"): a description, not background, so the body's word on the
# events after it is a source; a report it passes on ("said the captain reported") goes with
# it. (In the present, "X, which holds seats in parliament, says it ...", the body's standing
# position: no sourcing of the events.)
_DOES_ON = re.compile(
    r"(?P<does>[a-z]+s)[ \t]+(?:[^,;.\"“”\n]|(?<=[A-Z])\.){3,100},[ \t]+(?:said|reported)\b"
    r"(?:[ \t]+(?:that[ \t]+)?(?:the|a|an|its)[ \t]+[a-z]+[ \t]+(?:had[ \t]+)?"
    r"(?:reported|radioed|described)\b)?")
_NOT_DOING = frozenset("was is has does says said".split())


def after_which(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each body that denies after a "which" clause about it."""
    if ", which " not in text:
        return []
    out = []
    at = text.find(", which ")
    while at != -1:
        on = _CLAUSE_ON.match(text, at + 8)
        if on is None:
            on = _DOES_ON.match(text, at + 8)
            on = None if on is None or on.group("does") in _NOT_DOING else on
        who = _WHO_BEFORE.search(text, max(0, at - 80), at) if on else None
        if on and who:
            kind, _ = classify(who.group("who"), people, who.start("who"))
            if kind == "spokesperson":
                out.append((who.start("who"), on.end(), kind, 1))
        at = text.find(", which ", at + 8)
    return out
