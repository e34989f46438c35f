"""Counts whose noun stands before them, and sums that count no one kind.

"put the number of wounded U.S. service members at three": the people counted are named
before the count, in the plural; so are the things a change counts ("field days cut from 5
to 3 a week": field days, both before and after). "three soldiers ...; two service members
..., bringing the total to five": a sum of counts of different people is the event's toll,
no count of either.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

# (not "the number of injured had risen to three": a verb, not the people counted)
_NUMBER_OF_AT = re.compile(
    r"\bnumber\s+of\s+(?:(?:wounded|injured|dead|killed)\s+)?"
    r"((?:[A-Z][\w.]*\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-rt-z]s)\s+at\s+$"
)
# "field days cut from 5 to 3": the plural noun, the verb of the change, then the counts
_CHANGED_FROM = re.compile(
    r"\b((?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-rt-z]s)\s+(?:were\s+|was\s+|have\s+been\s+)?"
    r"(?:cut|reduced|lowered|raised|increased|rose|fell|dropped|went\s+(?:up|down))\s+"
    r"from\s+(?:[\d.,]+\s+to\s+)?$"
)
# ... and no noun after the counts, only the period they fall in ("from 5 to 3 a week"); "cut
# from 12 to six aircraft" names its noun after the second count
_BARE_PERIOD_AFTER = re.compile(r"(?:\s+to\s+[\d.,]+)?\s+(?:a|per|each)\s+(?:day|week|month|"
                                r"year|night)\b")
_AUXILIARIES = frozenset({"has", "was", "is", "does", "as", "us", "its", "this"})
_TOTAL_BEFORE = re.compile(r"\btotal\s+(?:to|of|at)\s+$")
_REACH = 70


def noun_before(text: str, q: Quantity, sent_start: int) -> str:
    """The plural noun "the number of ... at" or "... cut from" names before q; "" when there
    is none."""
    start = max(sent_start, q.start - _REACH)
    if " from " in text[max(start, q.start - 14) : q.start] and \
            _BARE_PERIOD_AFTER.match(text, q.end) and \
            (changed := _CHANGED_FROM.search(text, start, q.start)) and \
            not _AUXILIARIES.intersection(changed.group(1).split()):
        return changed.group(1)
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
