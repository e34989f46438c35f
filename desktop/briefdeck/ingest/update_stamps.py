"""A document's own "updated" line, wherever it is set: "Flyer updated Dec. 2, 2026 · Please
post and share" at a flyer's foot, "Notice revised 3 December 2026" under a notice.

It dates the copy in hand. A flyer or a notice announces a day still to come in its header
(the run's "Saturday, December 19, 2026 · City Park"): a date later than the copy's own stamp
is one the document announces, never the day it was written.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import FULL_DATE, parse_date

# What the stamp names when it names anything: the document itself, never a part of it that
# is kept apart ("Map updated ...", "Data last updated ..." date a map or a table).
_DOCUMENT = (
    r"(?:flyer|poster|leaflet|handout|notice|page|document|sheet|fact ?sheet|brochure|"
    r"programme|program|press kit|kit|guide|information|version|edition|circular)"
)
_STAMP = re.compile(
    rf"^(?:(?:this|the) )?(?:{_DOCUMENT} )?(?:last )?(?:updated|revised)\s*(?::\s*|on\s+)?"
    rf"(?P<date>{FULL_DATE.pattern})",
    re.IGNORECASE,
)
_LONGEST = 120  # a stamp is a line of its own, with a short note beside it at most
_END_LINES = 30  # where a document sets its stamp: under its title or at its foot


def own_update(lines: list[str]) -> str:
    """The date of the document's own "updated" line at its head or its foot (the last one,
    if several), or ''."""
    ends = lines if len(lines) <= 2 * _END_LINES else lines[:_END_LINES] + lines[-_END_LINES:]
    for line in reversed(ends):
        if len(line) <= _LONGEST and ("pdated" in line or "evised" in line):
            m = _STAMP.match(line)
            # ("Updated: 03/05/2025": a numeric day is read with the page's other stamps)
            if m and "/" not in m.group("date") and (day := parse_date(m.group("date"))):
                return day
    return ""


def announced_or_own(found: str, lines: list[str]) -> str:
    """The page's date: `found` (read from its header), unless the document's own "updated"
    line gives an earlier day, or gives one where the header gave none."""
    stamp = own_update(lines)
    if stamp and (not found or stamp < found):
        return stamp
    return found
