"""The month an issue is dated by, when its page gives no day: a newsletter's "Volume 9,
Issue 12 | December 2026", a bulletin's "December 2026 | Vol. 4, Issue 12", a paper's
"Date: November 2026". Periodicals and budget papers are dated by the month alone; no day
is invented for them, but the month still tells the year of "Nov. 19" in their text.
"""

from __future__ import annotations

import re

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# one field of a header line, alone: "December 2026", "Date: November 2026", "Issued March 2025"
_MONTH_FIELD = re.compile(
    r"(?:(?:date|dated|issued|published|issue|edition)\s*:?\s+)?"
    r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)
# the fields of a header line: "Fort Bliss, Texas | Volume 9, Issue 12 | December 2026"
_FIELD_BREAK = re.compile(r"\s*[|·•]\s*|\s+[–—]\s+")
_HEADER_CHARS = 3000  # the masthead and its date sit at the top of the page
_HEADER_LINES = 25


def issue_month(text: str) -> str:
    """'YYYY-MM' when a line near the top is (or has a field that is) a month and year
    alone; '' otherwise. The first such line decides."""
    seen = 0
    for raw in text[:_HEADER_CHARS].split("\n"):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        if len(line) > 160 or not any(ch.isdigit() for ch in line):
            continue  # (cheap: no year on the line)
        for field in _FIELD_BREAK.split(line):
            m = _MONTH_FIELD.fullmatch(field.strip())
            if m:
                month = _month_number(m.group("month"))
                if month:
                    return f"{m.group('year')}-{month:02d}"
    return ""


def _month_number(word: str) -> int:
    word = word.lower()
    for number, name in enumerate(_MONTHS, 1):
        if name.startswith(word):  # "Dec", "Sept", "December" (three letters at least)
            return number
    return 0
