"""A vote's tally: "The vote was 498 to 141", "passed 62-38" are two counts of votes.

Read as numbers alone, "498 to 141" looks like a range and "62-38" like a score, and neither
names what it counts. After a word of voting they are the votes for and against, each a
figure an analyst quotes ("498 votes", "141 votes").
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.numbers import Quantity

# ("The vote was", "voted", "passed by a vote of", "approved ... by"), close before the tally
# (a vote named: "carried 20-30 fighters" is a convoy's load, not a tally)
_VOTE_BEFORE = re.compile(r"\b(?:[Vv]ot(?:e|es|ed|ing)\b(?:\s+(?:was|were|of|by|ended|"
                          r"stood\s+at))*|(?:passed|approved|adopted|rejected|carried)\s+"
                          r"(?:by\s+)?(?:a|an?\s+\w+)\s+vote\s+of)\s+$")
_TALLY = re.compile(r"(\d[\d,]*)(?:\s*[-–]\s*|\s+to\s+)(\d[\d,]*)(?![\d.,]\d)")


def vote_tally(text: str, q: Quantity, sent_start: int) -> list[Quantity]:
    """The two counts of a vote's tally starting at q, or [] when q is none."""
    if q.money or q.percent or not q.text[:1].isdigit() or q.qualifier not in ("exact", "range"):
        return []
    m = _TALLY.match(text, q.start)
    if m is None or m.end() < q.end or not _VOTE_BEFORE.search(
            text, max(sent_start, q.start - 40), q.start):
        return []
    return [replace(q, start=m.start(g), end=m.end(g), text=m.group(g), value_high=None,
                    value=float(m.group(g).replace(",", "")), qualifier="exact")
            for g in (1, 2)]
