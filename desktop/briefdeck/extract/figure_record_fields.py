"""A record's line of fields: "UAS: 2 (1 IMPACT, 1 INTERCEPTED)   Patients: 4   Fatalities: 0".

Dispatch and incident records, ticket exports and forms set several "Label: value" fields on one
line, apart by runs of spaces, a tab or a bar. A number there counts what its label names
("2 UAS", "4 patients"); the word after it opens the next field, not the counted noun ("4
Fatalities" would be read from the line above). A label in the singular ("Priority: 1", "Page:
2", "Zone: 6") names no count, and a record's own counters ("Records: 4") count nothing
reported.
"""

from __future__ import annotations

import re

from briefdeck.extract.not_figure_furniture import PAGE_COUNTERS
from briefdeck.extract.numbers import Quantity
from briefdeck.extract.uncounted_nouns import TIME_UNITS

# The field's label right before the number, opening the line or after a field break.
_LABEL_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<=[ \t]{2})|(?<=\t)|(?<=\|[ \t]))"
    r"([A-Za-z][A-Za-z-]{1,20}(?:[ ][A-Za-z][A-Za-z-]{1,20}){0,2}):[ \t]+$"
)
# After the number: a bracketed breakdown at most, then a field break or the line's end.
_FIELD_END = re.compile(
    r"(?:[ \t]*\([^()\n]{0,60}\))?"
    r"(?:[ \t]{2,}|\t|[ \t]*\|[ \t]|[ \t]*(?:\n|$))"
)
# Another field on the same line: what tells a record's line from a sentence with a colon.
_ANOTHER_FIELD = re.compile(r"(?:^|[ \t]{2,}|\t|\|[ \t]*)[A-Za-z][A-Za-z -]{1,30}:[ \t]", re.M)
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
_LINE_MAX = 240
_RECORD_COUNTERS = PAGE_COUNTERS | frozenset(
    "records results items entries rows hits tickets attachments".split()
)


def field_count(text: str, q: Quantity) -> str | None:
    """The noun a record field's label names, when q is the value of such a field on a line
    of several; "" when the field counts nothing (a singular label, a record counter); None
    when q is no field's value."""
    if not q.text.isdigit():
        return None
    # (a record's line is short: a longer one is prose, and never scanned whole per number)
    line_start = text.rfind("\n", max(0, q.start - _LINE_MAX), q.start) + 1
    line_end = text.find("\n", q.end, q.end + _LINE_MAX)
    line_end = len(text) if line_end < 0 and len(text) - q.end <= _LINE_MAX else line_end
    if (line_start == 0 and q.start > _LINE_MAX) or line_end < 0:
        return None
    if ":" not in text[line_start : q.start]:
        return None  # (a cheap test first)
    label = _LABEL_BEFORE.search(text, max(line_start, q.start - 50), q.start)
    if label is None or not _FIELD_END.match(text, q.end):
        return None
    if not (
        _ANOTHER_FIELD.search(text, line_start, label.start())
        or _ANOTHER_FIELD.search(text, q.end, line_end)
    ):
        return None  # one field alone on its line: read as any labelled count
    noun = label.group(1)
    last = noun.rsplit(" ", 1)[-1]
    if _ACRONYM.fullmatch(last):
        return noun  # "UAS: 2": what the record counts, in its own initials
    low = noun.lower()
    if (
        not last.endswith("s")
        or last.endswith("ss")
        or low in _RECORD_COUNTERS
        or last.lower() in TIME_UNITS
    ):
        return ""
    return low
