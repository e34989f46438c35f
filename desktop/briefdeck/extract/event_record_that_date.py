""""On that date": the day named just before, not one named later in the sentence.

A letter or a notice recalls a series: "This is the third incident near the port since 20
November. On that date two drones were downed, and on 1 December a third was brought down."
The clause that opens "On that date" (or "On that day") happened on the day the sentence
before named last; only the later clause is dated by the day its own words name. Read by the
sentence's one day, both would fall on 1 December and the first incident would be lost.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft

_THAT_DATE = re.compile(r"(?:On\s+)?that\s+(?:same\s+)?(?:date|day)\b,?\s", re.I)
_REACH = 300  # how far back the day it refers to is named


def on_that_date(text: str, drafts: list[Draft], dates: list[DateMention]) -> None:
    """Redates each draft whose clause opens "On that date" to the day last named before it
    (in an earlier sentence: a day its own sentence names after it is another clause's)."""
    for d in drafts:
        if not _THAT_DATE.match(text, d.start, d.end):
            continue
        sentence = max(text.rfind(". ", 0, d.start), text.rfind("\n", 0, d.start))
        before = [m for m in dates if m.precision == "day" and m.iso and
                  d.start - _REACH <= m.start and m.end <= sentence]
        if before:
            d.date = max(before, key=lambda m: m.start)
