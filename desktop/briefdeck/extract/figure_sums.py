"""Counts whose noun stands before them, and sums that count no one kind.

"put the number of wounded U.S. service members at three": the people counted are named
before the count, in the plural. "three soldiers ...; two service members ..., bringing the
total to five": a sum of counts of different people is the event's toll, no count of either.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

# (not "the number of injured had risen to three": a verb, not the people counted)
_NUMBER_OF_AT = re.compile(
    r"\bnumber\s+of\s+(?:(?:wounded|injured|dead|killed)\s+)?"
    r"((?:[A-Z][\w.]*\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-rt-z]s)\s+at\s+$"
)
_TOTAL_BEFORE = re.compile(r"\btotal\s+(?:to|of|at)\s+$")
_REACH = 70


def noun_before(text: str, q: Quantity, sent_start: int) -> str:
    """The plural noun "the number of ... at" names before q; "" when there is none."""
    start = max(sent_start, q.start - _REACH)
    if "number of" not in text[start : q.start]:
        return ""  # (a substring test first: few counts have one)
    m = _NUMBER_OF_AT.search(text, start, q.start)
    return m.group(1) if m else ""


def sum_of_different(text: str, q: Quantity, sent_start: int, units: set[str]) -> bool:
    """Is q "the total" of counts of different nouns told before it in the sentence?"""
    return (
        len(units) > 1
        and _TOTAL_BEFORE.search(text, max(sent_start, q.start - 16), q.start) is not None
    )
