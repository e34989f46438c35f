"""Pull quotes and subheads repeat a quote the body gives in full: drop the unattributed copy."""

from __future__ import annotations

import re
from typing import TypeVar

Q = TypeVar("Q")  # a drafted quote: .text and .speaker

_WORDS_ONLY = re.compile(r"[^\w]+")


def without_pull_quotes(found: list[Q]) -> list[Q]:
    """A quote nobody is said to say, whose words stand inside another quote, is a pull quote
    or subhead repeating the body ('"Our patience is not unlimited"' over the paragraph that
    quotes the official in full): the full quote carries it."""
    if not any(not q.speaker for q in found):
        return found
    said = [_WORDS_ONLY.sub(" ", q.text.lower()) for q in found]
    kept = []
    for i, q in enumerate(found):
        words = said[i].strip()
        # (the body quote sits near its pull quote: a window keeps long reports linear)
        near = range(max(0, i - 12), min(len(found), i + 13))
        if not q.speaker and len(words) > 8 and any(
                j != i and found[j].speaker and words in said[j] for j in near):
            continue
        kept.append(q)
    return kept
