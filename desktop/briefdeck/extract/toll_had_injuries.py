"""The hurt told with "had": "four service members had minor injuries", "two crew have burns".

A military spokesman's first word on an attack is often of this kind, the count a later
statement raises; the other readers need "suffered" or "sustained" before the injuries."""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty, counted_groups
from briefdeck.extract.toll_fragments import listed_before
from briefdeck.extract.toll_words import ITEM

# (a cheap test first, on the lower-cased sentence: "had" or "have" and a word of hurt)
HAD_CUES = (" had ", " have ", " has ")
_HAD_RE = re.compile(
    rf"{ITEM}\s+(?:(?:had|have|has)\s+)(?:(?:only|also|all)\s+)?(?:[\"“]\s*)?"  # (quoted)
    r"(?:(?:minor|light|slight|serious|severe|moderate|non-life-threatening|life-threatening|"
    r"shrapnel|fragment|burn|head|leg|multiple|superficial)\s+){0,3}"
    r"(?P<verb>injuries|wounds|burns|concussions)\b",
    re.I,
)


def had_injuries(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """The counts of "N people had injuries" not read yet."""
    had = counted_groups(_HAD_RE.finditer(text, start, end), "wounded", found)
    return had + listed_before(text, start, found + had, had)  # "two X and one Y had ..."
