"""A document's counts about itself, not about what happened.

A knowledge-base page counts the references under each statement ("2 references") and the
language editions of its item ("Wikipedia (2 entries)"); an association's newsletter reminds
members of their dues ("Annual dues of $15 are due January 1"); a report's "Sources
consulted" section lists who was asked ("Two national staff resident in the town; ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.numbers import Quantity

# "2 references" alone on its line, "Wikipedia (2 entries)" closing one
_PAGE_COUNT = re.compile(r"[^\S\n]+(?:references?|citations?|sitelinks?|statements?|entries|"
                         r"entry)[^\S\n]*(?:\n|$)")
_BRACKET_COUNT = re.compile(r"[^\S\n]+(?:entries|entry|references?|sitelinks?|languages?)\)"
                            r"[^\S\n]*(?:\n|$)")
# "Annual dues of $15", "membership fee is $20": what members pay the association
_DUES_BEFORE = re.compile(r"\b(?:dues|membership[^\S\n]+fees?|subscription(?:[^\S\n]+fees?)?)"
                          r"[^\S\n]+(?:of|are|is|:)[^\S\n]+$", re.I)
# A heading that opens the list of sources a report drew on
_SOURCES_HEADING = re.compile(r"^(?:#+[^\S\n]*)?(?:\d+\.[^\S\n]*)?Sources(?:[^\S\n]+(?:consulted|"
                              r"used))?[^\S\n]*:?[^\S\n]*$", re.M | re.I)
# The next numbered or marked heading ends that list
_NEXT_HEADING = re.compile(r"^(?:#+[^\S\n]*\S|\d+\.[^\S\n]+[A-Z])[^\n]{0,60}$", re.M)


def about_itself(text: str, q: Quantity) -> bool:
    """Does q count the page's references or entries, a member's dues, or the people a
    report's sources section names?"""
    if q.money:
        return _DUES_BEFORE.search(text, max(0, q.start - 30), q.start) is not None
    if q.percent:
        return False
    if (q.start == 0 or text[q.start - 1] == "\n") and _PAGE_COUNT.match(text, q.end):
        return True
    if text[q.start - 1:q.start] == "(" and _BRACKET_COUNT.match(text, q.end):
        return True
    return any(a <= q.start < b for a, b in _sources_sections(text))


@lru_cache(maxsize=8)
def _sources_sections(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for m in _SOURCES_HEADING.finditer(text):
        nxt = _NEXT_HEADING.search(text, m.end() + 1)
        spans.append((m.end(), nxt.start() if nxt else min(len(text), m.end() + 1500)))
    return tuple(spans)
