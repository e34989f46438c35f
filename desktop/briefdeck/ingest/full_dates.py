"""A full date as articles write it ("June 3, 2024", "3 June 2024", "2024-06-03"), read
to YYYY-MM-DD.

Headline, byline and publication-date reading all ask the same two questions of a line: which
full date it gives, and whether it is a date stamp with little else. They are answered here once.
"""

from __future__ import annotations

import re

from dateutil import parser as dateparser

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
FULL_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b"
    # "26-Nov-2026": the day-month-year stamp of company forms and logs
    rf"|\b\d{{1,2}}-{_MONTH}-\d{{4}}\b",
    re.IGNORECASE,
)
_STAMP = re.compile(
    # ("Date of information: up to 29 Nov": how recent a brief's sources are, not its date)
    r"^(?:published|posted|first published|date(?! of (?:information|birth|death))|dated|"
    r"released|issued|updated|"
    r"last updated|last modified|modified)\b",
    re.IGNORECASE,
)
_DATE_ONLY_NOISE = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|\b\d{1,2}[:.]\d{2}\b|\b[ap]\.?m\.?(?!\w)|"
    r"\b(?-i:[A-Z]{1,4}T|GMT|UTC|BST|CEST|EEST|MSK)\b|\b(?:published|updated|"
    r"posted|on|at)\b|[|,•·—–()-]",
    re.IGNORECASE,
)
_JAN_FIRST = dateparser.parse("2000-01-01")  # what a date without a day or month falls back to


def parse_date(text: str) -> str:
    """The first full date (with year) in text as YYYY-MM-DD, or ''.

    The end of a range ("1-6 August 2024", a period covered) is no one day's date."""
    for m in FULL_DATE.finditer(text):
        if re.search(r"\d\s*[-–]\s*$", text[max(0, m.start() - 4) : m.start()]):
            continue
        try:
            when = dateparser.parse(m.group(0).replace(".", ""), fuzzy=True, default=_JAN_FIRST)
        except (ValueError, OverflowError):
            continue
        if 1900 <= when.year <= 2100:
            return when.date().isoformat()
    return ""


def only_a_date(line: str) -> bool:
    """A date stamp with little else ("Monday, 3 March 2024 at 10:00 EST"), unlike a title
    that carries its date ("Russian Offensive Campaign Assessment, November 14, 2024")."""
    m = FULL_DATE.search(line)
    rest = _DATE_ONLY_NOISE.sub(" ", line[: m.start()] + " " + line[m.end() :]) if m else line
    return len(rest.split()) < 3
