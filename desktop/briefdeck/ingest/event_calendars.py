"""A newsletter's events calendar: the dates, events and places under its heading.

A unit or community newsletter lists what is coming up ("Events Calendar", then "Dec. 5" /
"Holiday party and Santa visit, 1-5 p.m." / "Building 11203 gym" ...; a PDF's table gives
each cell a line). The calendar is the newsletter's notice board, not reporting; it runs
from its heading while its rows are short and dated.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import DATE_LIKE, ArticleLine

_HEADING = re.compile(
    r"^(?:(?:upcoming|unit|frg|family|community|club) )?(?:events? (?:calendar|schedule)|"
    r"calendar(?: of events)?)$|^upcoming events$|^dates to remember$|^mark your calendars?$",
    re.I,
)
_CELL_WORDS = 12  # a cell of the calendar; a longer line is a paragraph again
_UNDATED = 4  # a calendar dates every row: four lines without a date end it (the header row
# "Date / Event / Location" is three)
_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}/\d{1,2}\b", re.I)
_CALENDAR_LINES = 60


def has_calendar(text: str) -> bool:
    return "alendar" in text or "pcoming" in text or "ates to remember" in text


def flag_calendar(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    for i, line in enumerate(lines):
        if line.words > 4 or not _HEADING.match(line.text):
            continue
        flags.setdefault(i, "events calendar")
        undated = 0
        for k in range(i + 1, min(i + 1 + _CALENDAR_LINES, len(lines))):
            text = lines[k].text
            dated = DATE_LIKE.search(text) or _WEEKDAY.search(text)
            undated = 0 if dated else undated + 1
            if lines[k].words > _CELL_WORDS or undated > _UNDATED:
                break
            flags.setdefault(k, "events calendar")
