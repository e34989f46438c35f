"""Whose a counted group is when its own words do not say but the words around it do:
"three members of the Kurdistan Region security forces" (the party follows "of"), "killed
three U.S. soldiers and wounded more than 40" (a bare count shares the group of the count
it is paired with). Only a count read as "unspecified" is given a party."""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualty_rows import Casualty, count_of
from briefdeck.extract.toll_breakdowns import broken_down
from briefdeck.extract.toll_parties import party_of

# "members of the Kurdistan Region security forces", "personnel of the Iraqi army"
_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+)?(?P<group>(?:(?:[A-Z]\.){2,}|[^,.;:()]){3,60}?)"
                       r"(?=\s+(?:and|were|was|who|in|at|on|when)\b|[,.;:()]|$)")
_MEMBERS = re.compile(r"(?:members?|personnel|troops|soldiers|guards|officers|staff)\Z", re.I)
# "the US-backed SDF militia": the SDF's, not its backer's
_BACKER = re.compile(r"\S+-(?:backed|aligned|allied|led|supported|linked|affiliated)\b")
# "the Kurdistan Region-based coalition contingent": a place-based compound says where the group
# is, not whose it is (the whole place name goes: "Kurdistan Region-based")
_BASED = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}[A-Z][\w.]*-based\b|\S+-based\b")
# "killed three U.S. soldiers and wounded more than 40", "three Americans were killed and
# 40 wounded": the second count's group is the first one's
_PAIRED = re.compile(r"\s*(?:(?:were|was)\s+)?(?:killed|wounded|injured|hurt)?\s+and\s+"
                     r"(?:(?:killed|wounded|injured|hurt)\s+)?\Z")


def with_parties(text: str, found: list[Casualty]) -> list[Casualty]:
    """found, with the parties of the unspecified counts the words around them name."""
    out: list[Casualty] = []
    for c in broken_down(text, found):  # ("three hurt, two of them Indian and one Sri Lankan")
        if c.party == "unspecified":
            party = _party_around(text, c, out[-1] if out else None)
            if party != "unspecified":
                c = replace(c, party=party)
        out.append(c)
    return out


def _party_around(text: str, c: Casualty, prev: Casualty | None) -> str:
    words = text[c.start:c.end]
    if (member := _MEMBERS.search(words)) is not None and \
            count_of(words[:member.start()]) is not None and \
            (of := _OF_GROUP.match(text, c.end)) is not None:
        # ("two ISIS members of Syrian nationality": the group named before is theirs)
        return party_of(_BASED.sub("", _BACKER.sub("", of.group("group"))))
    if prev is not None and prev.party != "unspecified" and prev.kind != c.kind and \
            count_of(words) is not None and c.end - c.start <= 14 and \
            _PAIRED.match(text, prev.end, c.start) is not None:
        return prev.party
    return "unspecified"
