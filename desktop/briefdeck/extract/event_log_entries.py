"""A duty officer's log or staff journal (DA Form 1594 and its like): a period covered
("PERIOD COVERED FROM: HOUR 0600 DATE 14 MAR 26 TO: HOUR 0559 DATE 15 MAR 26") over numbered
entries stamped with a 24-hour time ("2 <br> 1912 <br> ADA TOC reports 3x UAS tracks ...").
Each entry is filed at its time, as a live blog's: what it tells with no day of its own
happened on the period's first day, or on its last when the clock has passed midnight (a time
before the period's opening hour), and a later entry's casualty update counts the same people
again. The period header is needed: a table of item numbers and years is no log.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from briefdeck.extract.dates import DateMention
from briefdeck.extract.stamped_entries import Entry

# "FROM: HOUR 0600 DATE 14 MAR 26 TO: HOUR 0559 DATE 15 MAR 26", "From 0600 14 Mar 26 to
# 0559 15 Mar 26": the opening hour and day, the closing hour (a printed form's fields may
# break across lines)
_DAY = r"\d{1,2}\s++[A-Za-z]{3,9}\.?+\s++\d{2,4}"
_PERIOD = re.compile(
    r"(?i)\bfrom:?\s++(?:hour\s++)?(?P<hour>[01]\d|2[0-3])[0-5]\d\s*+(?:hrs?\s++)?"
    rf"(?:date:?\s++)?(?P<first>{_DAY})[\s,]++to:?\s++(?:hour\s++)?(?P<close>[01]\d|2[0-3])"
    rf"[0-5]\d\s*+(?:hrs?\s++)?(?:date:?\s++)?(?P<last>{_DAY})")
_DAY_PARTS = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# an entry's item number, then its time alone ("1912", "1912Z", "1912 hrs"), each on its
# line or both on one (or in cells of one row), before the entry's words
_STAMP = re.compile(r"^[ \t]*(?P<item>\d{1,3})[ \t]*+(?:\n[ \t]*+)*+"
                    r"(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:[ \t]*+(?:Z|L|hrs?|hours)\b)?"
                    r"[ \t]*+(?:\n|(?<=[ \t])(?=\S))", re.M)
_LOOK = 3000  # the period header stands near the top of the log's page


def _day(period: re.Match[str], group: str) -> DateMention | None:
    """The period's day as written ("14 MAR 26"), two-digit years in this century."""
    m = _DAY_PARTS.fullmatch(period.group(group))
    if m is None or m.group(2).lower() not in _MONTHS:
        return None
    year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
    try:
        day = date(year, _MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
    except ValueError:
        return None
    return DateMention(period.start(group), period.end(group), period.group(group),
                       day.isoformat(), "day")


@lru_cache(maxsize=4)  # read by the reader's memory and for the log's place
def log_entries(text: str) -> tuple[Entry, ...]:
    """The time-stamped entries of a duty log under its period header, or none."""
    if "ERIOD" not in text and "eriod" not in text:
        return ()
    at = text.find("ERIOD")
    at = text.find("eriod") if at < 0 else at
    period = _PERIOD.search(text, at, at + _LOOK)
    if period is None:
        return ()
    first = _day(period, "first")
    last = _day(period, "last")
    if first is None or last is None:
        return ()
    opening = int(period.group("hour"))
    stamps = []
    for m in _STAMP.finditer(text, period.end()):
        if stamps and int(m.group("item")) != int(stamps[-1].group("item")) + 1:
            continue  # not the next item: a number in an entry's words
        if not stamps and int(m.group("item")) > 1:
            continue
        stamps.append(m)
    if len(stamps) < 2:
        return ()
    entries = []
    for n, m in enumerate(stamps):
        stop = stamps[n + 1].start() if n + 1 < len(stamps) else len(text)
        day = first if int(m.group("hh")) >= opening else last
        entries.append(Entry(m.start(), stop, day))  # (its row opens at the item number)
    return tuple(entries)
