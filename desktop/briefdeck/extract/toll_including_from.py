"""One attack's part of a running tally: "has treated more than 60 troops wounded in attacks
since 2023, including eight from an Oct. 17 drone attack on X".

A hospital's or a command's tally counts many happenings and no one of them (it is dropped as
a running count); the part it singles out is the toll of the attack named with it, of the
tally's kind and group ("eight" wounded service members)."""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty, count_of, kind_of
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_words import GROUP_NOUN, NUM

# (a cheap test first, on the lower-cased sentence)
INCLUDING_CUES = ("including ", "among them ")
# "including eight from an Oct. 17 drone attack", "among them three in the strike on X"
_PART = re.compile(
    rf"\b(?:including|among\s+them)\s+(?P<num>{NUM})\s+(?P<np>(?:from|in)\s+(?:an?|the)\s+"
    r"(?:[\w.'’-]+\s+){0,4}?(?:attack|strike|raid|bombing|ambush|blast|explosion)s?)\b",
    re.I,
)
# the tally before it: "60 service members wounded in attacks", "troops hurt by drones"
_TALLY = re.compile(
    rf"\b(?P<np>{GROUP_NOUN})\s+(?:(?:who\s+were|who\s+had\s+been)\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt)\s+(?:in|by|during)\s",
    re.I,
)


def tally_parts(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """The part of a tally told of one attack, of the tally's kind and group."""
    more: list[Casualty] = []
    for m in _PART.finditer(text, start, end):
        count = count_of(m.group("num"))
        if count is None or any(c.start <= m.start("num") < c.end for c in found):
            continue
        tallies = list(_TALLY.finditer(text, max(start, m.start() - 200), m.start()))
        if not tallies:
            continue
        tally = tallies[-1]  # (the last one before the part)
        more.append(
            Casualty(
                m.start("num"),
                m.end("num"),
                kind_of(tally.group("verb")),
                count,
                party_of(tally.group("np")),
                m.group("num"),
            )
        )
    return more
