"""A level told after its noun: "US troops in Syria unchanged at about 1,000".

A force, a stock or a toll said to stand, stay or hold at a number names what it counts before
the verb; the number itself is bare. Read the plural noun that opens the clause.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

# The plural noun, up to three words (a place, a qualifier), then the verb of a level and "at".
_LEVEL_BEFORE = re.compile(
    r"\b([a-z][a-z-]{2,}s)(?:\s+(?!at\b)[\w.'’-]+){0,3}?\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:unchanged|steady|stable|held|holds?|stands?|stood|remains?|remained|kept|capped)"
    r"\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$")


def level_noun(text: str, q: Quantity, start: int) -> str:
    """The noun a bare number told as a level counts ("troops ... unchanged at 1,000"); ""."""
    before = text[max(start, q.start - 60):q.start]
    if " at " not in before[-20:]:
        return ""
    level = _LEVEL_BEFORE.search(before)
    return level.group(1) if level else ""
