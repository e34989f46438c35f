"""A date written as an attribute of the happening after it: "the January 28, 2024, drone
attack on Tower 22", "the Oct. 7 attack". The date sits in the clause before (cut at the
next action word), but it names the happening it qualifies, not the one before it: "a rocket
attack on X earlier this month, and the planning of the January 28, 2024, drone attack on Y"
dated Y's attack this month."""

from __future__ import annotations

import re

# "the"/"that" (possibly "the deadly") right before the date
_THE_BEFORE = re.compile(r"\b(?:the|that|this|its|their)\s+$", re.I)
# between the date and the action word: an optional comma and at most two plain words
# ("deadly drone", "one-way"), no clause break
_TO_TRIGGER = re.compile(r",?[ \t]*+(?:[\w-]++[ \t]++){0,2}+", re.I)


def dates_the_next(text: str, start: int, end: int, trigger: int) -> bool:
    """Is the date at text[start:end] an attribute of the happening whose action word
    starts at trigger ("the <date> drone attack")?"""
    if trigger < end or trigger - end > 40:
        return False
    if not _THE_BEFORE.search(text, max(0, start - 8), start):
        return False
    return _TO_TRIGGER.fullmatch(text, end, trigger) is not None
