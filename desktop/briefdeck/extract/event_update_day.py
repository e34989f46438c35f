"""A revised toll that names its happening's day: the happening of that day.

"UPDATE: ... So the total for Thursday night is now 1 killed and 6 wounded." A thread or a
running report revises an earlier toll after other happenings were told (the reprisal strike
on Friday, with its own dead); the day it names says which happening the new count is of,
where the last tolled happening told would be the wrong one.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import VIOLENT, Draft

_REACH = 30  # drafts looked back over, as a late update's search does
# the day as the toll's own ("the total for Thursday night", "Thursday night's toll"), not the
# day it was told ("On Sunday, the command raised that number to five")
_OF_DAY = re.compile(r"\b(?:for|of|from)\s+(?:the\s+)?$")
_OWN = re.compile(r"['’]s\b")


def update_of_day(text: str, drafts: list[Draft], update: Draft, days: list[DateMention]) -> Draft:
    """The happening a toll update is news of, when the update names one day of its own
    ("for Thursday night", "Thursday night's") that is not that of the happening chosen
    for it: the last violent happening with a toll on that day (the one chosen when none,
    or more than one day, is named)."""
    named = {
        d.iso
        for d in days
        if d.precision == "day"
        and (_OF_DAY.search(text, max(0, d.start - 10), d.start) or _OWN.match(text, d.end))
    }
    if len(named) != 1 or (update.date is not None and update.date.iso in named):
        return update
    (day,) = named
    return next(
        (
            d
            for d in reversed(drafts[-_REACH:])
            if d.kind in VIOLENT
            and d.casualties
            and not d.other
            and d.date is not None
            and d.date.iso == day
        ),
        update,
    )
