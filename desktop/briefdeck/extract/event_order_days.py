"""The day of an order, not the days it orders: "the governor on Thursday ordered flags
lowered to half-staff on Saturday" was news on Thursday; Saturday is what was ordered (a
bare weekday read as the past one would even put it before the order)."""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention

_ORDERED = re.compile(r"(?:ordered|directed)\b")


def order_day(text: str, t_start: int, dates: list[DateMention]) -> list[DateMention]:
    """An order's clause dates (more than one): those told before its verb when there are any,
    else all of them."""
    if not _ORDERED.match(text, t_start):
        return dates
    return [d for d in dates if d.end <= t_start] or dates
