"""An unnamed officer who "described X as" quoted words: 'One battery commander described debris
as "the tax you pay ..."'. The quoted description is the officer's own words, so the officer
is a source as one who "said" would be; "described" alone (with no quote) reports no words.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.people import PeopleIndex

_DESCRIBED_AS = re.compile(
    r"\b(?P<who>(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:commander|officer|official|gunner|pilot|soldier|planner)s?)\s+"
    r"described\s+[^.;\"“”\n]{1,60}?\s+as\s+[\"“]"
)


def described_as(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each unnamed officer quoted describing something."""
    if " described " not in text:
        return []
    out = []
    for m in _DESCRIBED_AS.finditer(text):
        kind, count = classify(m.group("who"), people, m.start("who"))
        if kind == "anonymous official":
            out.append((m.start(), m.end() - 1, kind, count))
    return out
