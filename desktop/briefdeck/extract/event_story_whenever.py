"""A happening told as a rule of what follows whenever it comes: "the contract pays a bonus
whenever a camp comes under fire". It tells no attack; the day the paragraph last named is
not one of its (a clause with a day or a toll of its own is kept: "each time, on Monday and
Friday, rockets hit" tells two)."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT

_WHENEVER = re.compile(r"\b(?:whenever|every\s+time|each\s+time)\b", re.I)


def habitual(text: str, d: Draft) -> bool:
    """Is d a violent clause told only as what happens whenever it comes?"""
    return d.kind in VIOLENT and not d.casualties and \
        _WHENEVER.search(text, d.start, d.end) is not None and \
        (d.date is None or not d.start <= d.date.start < d.end)
