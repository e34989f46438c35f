"""The lettered or numbered items of a report: each tells an incident of its own.

A sitrep lists its incidents as items ("a. 151930C NOV – Ain al-Asad Air Base. Two drones
...", "b. ... Three rockets launched towards AAAB ..."). A later item may be drafted without a
place of its own and be read as more of an earlier one the same day, but what it fired is its
own: an event does not take the weapons of another item. A bare numbered heading ("1.
SUMMARY") opens no item (the summary under it tells of every item).
"""

from __future__ import annotations

import re

# "a. ", "b) ", "(c) ", "2. ", "(3) " opening a line, with words after it
_MARK = re.compile(r"[ \t]*(?:\((?:[a-z]|\d{1,2})\)|(?:[a-z]|\d{1,2})[.)])[ \t]+(?=\S)")


def item_at(text: str, start: int) -> int:
    """Where the item the sentence at start is in opens (its line's start), or -1: its line
    opens with an item's letter or number and tells something in words (a lower-case letter),
    not only a heading. (A stamp inside an item, "UPDATE 160430C: ...", stays in it.)"""
    line = text.rfind("\n", 0, start) + 1
    m = _MARK.match(text, line, min(start + 4, len(text)))
    if m is None:
        return -1
    end = text.find("\n", line)
    return line if any(c.islower() for c in text[m.end():end if end >= 0 else len(text)]) \
        else -1
