"""A military order (OPORD, FRAGO, WARNORD, EXORD): its title and its date.

An order opens with its copy number, issuing headquarters, place and a date-time group on
a line of its own ("011800CDEC26": day 01, 1800 hours, zone C, December 2026), then its
title ("FRAGMENTARY ORDER 26-117 to OPERATION ORDER 26-09 (IRON GATE)"). The title
names the document; the date-time group over it is when the order was issued, which dates
the copy (the DTGs inside the order are deadlines and reports, not its date).
"""

from __future__ import annotations

import re
from datetime import date

# "FRAGMENTARY ORDER 26-117 to OPERATION ORDER 26-09 (IRON GATE)", "OPORD 26-09 ..."
_TITLE = re.compile(
    r"^(?:FRAGMENTARY ORDER|FRAGO|OPERATION ORDER|OPORD|WARNING ORDER|WARNORD|EXECUTE ORDER|"
    r"EXORD|OPERATION PLAN|OPLAN)\b(?:[ \t]++(?:NO\.?[ \t]*+)?\d[\w-]{0,12}+)[^\n]{0,160}$"
)
# "011800CDEC26", "011800C DEC 26", "011800C Dec 2026": day, hours, minutes, zone, month, year.
_DTG = re.compile(
    r"^([0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[A-Z][ \t]?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|"
    r"NOV|DEC)[ \t]?(\d{4}|\d{2})$",
    re.I,
)
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_HEAD = 12  # the heading block: copy number, HQ, place, DTG, title, references


def order_title(lines: list[str]) -> str:
    """The order's title line from its heading block, "" when the text is no order."""
    for line in lines[:_HEAD]:
        line = line.strip()
        if line[:1] in "FOWE" and _TITLE.match(line):
            return " ".join(line.split())
    return ""


def order_date(lines: list[str]) -> str:
    """The ISO date of the date-time group on its own line over an order's title ("" when
    the heading block holds no order title, or no such line above it)."""
    day = ""
    for line in lines[:_HEAD]:
        line = line.strip()
        if line[:1].isdigit() and len(line) <= 16 and (m := _DTG.match(line)):
            year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
            try:
                day = date(year, _MONTHS.index(m.group(2).upper()) + 1, int(m.group(1)))
            except ValueError:
                continue
        elif line[:1] in "FOWE" and _TITLE.match(line):
            return day.isoformat() if day else ""
    return ""
