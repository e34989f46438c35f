"""A toll summed up as "the total": "the total for Thursday night is now 1 killed and 6 wounded".

A thread or a running update sums every party's count into one line with the noun "total"
(rather than "toll"), often with the parties in brackets after each count ("1 killed (SDF) and
6 wounded (3 U.S., 3 SDF)"). Both counts are the whole toll as now known, so they replace the
counts told before rather than add to them; the bracketed split is who they were, never more.
"""

from __future__ import annotations

import regex

from briefdeck.extract.casualty_rows import Casualty, count_of, kind_of
from briefdeck.extract.toll_words import NUM

_KIND = r"(?:killed|dead|wounded|injured|hurt)"
# one count and its kind, then an optional bracketed aside naming who they were


def _count(i: int) -> str:
    return rf"(?P<n{i}>{NUM})\s+(?P<k{i}>{_KIND})\b(?:\s+\([^()\n]{{1,40}}+\))?+"


_WHOLE_TOTAL = regex.compile(
    r"\b(?:the|our|my)\s+(?:new\s+|full\s+|overall\s+|running\s+|updated\s+)?total"
    r"(?:\s+(?:for|of|from|in)\s+[^,.;:()\n]{1,60}?)?"
    r"\s+(?:is|was|stands\s+at|comes\s+to)\s+(?:now\s+)?(?:at\s+)?"
    + _count(1)
    + r"(?:\s*,\s*|\s+)(?:and\s+)?"
    + _count(2),
    regex.I,
)


def whole_total(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """found, with a summed-up "total is now N killed and M wounded" read as the whole toll
    (the counts inside it, read before as plain counts, replaced by it)."""
    if "total" not in text[start:end].lower():
        return found
    for m in _WHOLE_TOTAL.finditer(text, start, end):
        kinds = [kind_of(m.group("k1")), kind_of(m.group("k2"))]
        if kinds[0] == kinds[1]:
            continue  # "2 wounded and 3 hurt": no whole toll of both kinds
        found = [c for c in found if not m.start() <= c.start < m.end()]
        for i, kind in ((1, kinds[0]), (2, kinds[1])):
            found.append(
                Casualty(
                    m.start(f"n{i}"),
                    m.end(f"k{i}"),
                    kind,
                    count_of(m.group(f"n{i}")),
                    "unspecified",
                    m.group(f"n{i}"),
                    total=True,
                )
            )
    return found
