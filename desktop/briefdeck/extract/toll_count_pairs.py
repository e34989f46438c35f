"""A toll told as what a count was, a pair of nouns with no verb of harm: "the initial count
was three martyrs and five wounded", "there were two dead and six injured", "a toll of one
dead and four hurt".

Statements translated from Arabic call their own dead "martyrs" (shuhada), and a health
office's count is often given this way; the other readers need a verb ("were killed") or a
lead they know ("the toll was"), so the dead of such a pair went uncounted while its wounded,
read on their own, were kept."""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty, count_of
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_words import NUM

# (a cheap test first: the pair's joint, on the lower-cased sentence)
PAIR_CUES = (" martyrs and ", " dead and ")
# "three martyrs and five wounded among the members of the X": the pair, then whose it is
_PAIR = re.compile(
    rf"\b(?P<num>{NUM})\s+(?P<dead>dead|martyrs)\s+and\s+(?P<num2>{NUM})\s+"
    r"(?P<hurt>wounded|injured|hurt)\b"
    r"(?:\s+(?:among|from)\s+(?:the\s+)?(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,7}))?",
    re.I,
)
# What the pair is the value of: "was", "were", "stood at", "a toll of", a colon
# ("the attack killed three dead and ..." never occurs; "three dead and five wounded soldiers
# were flown out" names the group after and is a passive the other readers take)
_VALUE_OF = re.compile(r"(?:\b(?:was|were|is|are|at|of)|:)\s+$", re.I)


def count_pairs(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """The counts of each pair not read yet (the wounded may have been read on their own)."""
    more: list[Casualty] = []
    for m in _PAIR.finditer(text, start, end):
        if not _VALUE_OF.search(text, max(start, m.start() - 12), m.start()):
            continue
        party = party_of(m.group("np")) if m.group("np") else "unspecified"
        for num, noun, kind in (("num", "dead", "killed"), ("num2", "hurt", "wounded")):
            count = count_of(m.group(num))
            if count is None or any(c.start <= m.start(num) < c.end for c in found):
                continue
            more.append(Casualty(m.start(num), m.end(noun), kind, count, party, m.group(num)))
    return more
