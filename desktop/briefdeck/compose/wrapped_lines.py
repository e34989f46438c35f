"""A line break inside a hard-wrapped paragraph is no sentence's end.

Plain-text wires, daybooks and PDFs break their lines at a fixed width, wherever the width runs
out: "... on Wednesday afternoon; Magen David" / "Adom said two Israeli civilians ...". A line
break before a capital is read as a stop elsewhere (a heading, a list item, a table's next row),
which here clips a name ("Adom said ...") or cuts a sentence mid-phrase ("... two drones over").
A break is a wrap when the line before it runs on (no stop at its end) and is full: its next
line's first word would not have fitted on it at the paragraph's width (its longest line
nearby), or it ends on a word no sentence ends on ('the', 'over'). A heading, a short list
item or a line ending in a stop keeps its break."""

from __future__ import annotations

import re

_NEAR = 6  # lines either side read for the paragraph's width
_MIN_LINE = 40  # a shorter line is a heading or an item, not a wrapped paragraph's line
_ENDS = frozenset(".!?:;")
_OPENS = frozenset("-*•▪–—|>#")  # a list mark, a table's edge or a heading's mark starts anew


def wrapped_break(text: str, at: int) -> bool:
    """Is the line break at text[at] a hard wrap inside a paragraph?"""
    if not 0 <= at < len(text) or text[at] != "\n":
        return False
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at].rstrip()
    if len(before) < _MIN_LINE or before[-1] in _ENDS:
        return False
    if not any(c.isalnum() for c in before):
        return False  # a rule line ("-----", "=====") under a heading: no words run on
    end = text.find("\n", at + 1)
    after = text[at + 1 : len(text) if end < 0 else end]
    first = after.split(None, 1)[0] if after.strip() else ""
    if not first or after[:1].isspace() or first[0] in _OPENS:
        return False
    if first[0].isdigit() and _STAMP.match(after):
        return False  # "00:21:00  M-23 TRANSPORTING ...": a log's next time-stamped entry
    if _RUNS_ON.search(before):  # ('... two drones over the' / 'Azraq area ...')
        return True
    return len(before) + 1 + len(first) > _width(text, start, at)


# A clock time or a date opening a line: a log's or a record's entry stamp ("23:47:12",
# "00:21", "11/14/2026"), which starts an entry of its own.
_STAMP = re.compile(r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}/\d{1,2}/\d{2,4})[ \t]")
# a word no sentence ends on: an article, a preposition, a joining word
_RUNS_ON = re.compile(
    r"\s(?:the|a|an|of|to|over|in|on|at|by|with|from|for|into|near|and|or|"
    r"but|that|which|who|its|their|his|her)$"
)


def _width(text: str, start: int, at: int) -> int:
    """The longest line among the few around the break (the paragraph's wrap width)."""
    lo, hi = start, at
    for _ in range(_NEAR):
        lo = text.rfind("\n", 0, max(0, lo - 1)) + 1 if lo > 0 else 0
        nxt = text.find("\n", hi + 1)
        hi = len(text) if nxt < 0 else nxt
    return max((len(line.rstrip()) for line in text[lo:hi].split("\n")), default=0)
