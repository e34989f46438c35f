"""A list whose lines each open with the day they were written: a court docket's entries
("11/06/2026   5   Minute Entry for proceedings held ...: Defendant was arrested yesterday
at ..."), a log or chronology of dated lines.

Each line is an entry (stamped_entries.Entry) dated by its opening date, so what it says
happened "yesterday" or "last week" is counted from that line's day, not from the day the
page was printed. A docket's entry number may stand between the date and the text (or be
gone, as a cleaned copy shows). Three lines at least that tell something in ten words or
more, so a table's date column or a short list of days is no such list; tab-separated rows
are a table's (event_table.py reads those).
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.dates import find_dates
from briefdeck.extract.stamped_entries import Entry

_DATED_LINE = re.compile(
    r"^[ ]*+(?P<day>\d{1,2}/\d{1,2}/(?:19|20)\d\d)[ ]++(?:\d{1,4}[ ]++)?"
    r"(?=[^\s\d])",
    re.M,
)
_TOLD = re.compile(r"(?:\S+[ ]+){9}\S")  # ten words: an entry that tells something


def dated_lines(text: str, pub: date) -> list[Entry]:
    if text.count("/") < 6:
        return []
    entries: list[Entry] = []
    told = 0
    for m in _DATED_LINE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if "\t" in text[m.start() : end]:
            continue
        days = find_dates(text, pub, m.start("day"), m.end("day"))
        if len(days) != 1 or days[0].precision != "day":
            continue
        entries.append(Entry(m.end(), end, days[0]))
        told += _TOLD.search(text, m.end(), end) is not None
    return entries if told >= 3 else []
