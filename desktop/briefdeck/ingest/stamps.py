"""Publication stamps the main date reader misses: numeric day-first dates ("14.11.2026",
"17-05-2027 | 16:05"), a release's "City, 14.11.2026." opener, a labelled stamp inside a
line ("... | Issued: Monday, 13 October 2025 ..."), a stamp line that also gives its update
("May 20, 2026, 6:02 AM EDT / Updated May 20, 2026 ...") and loosely spaced stamps
("Last updated at Jan 20,2025"), a newsroom script's "DATE: 11/10/26" header and a cable's
date-time group ("O 171544Z NOV 26"). Only lines shaped like a stamp count: a date inside a
story's sentence, or on a "Date taken:" / "last edited" / "printed" line, never does."""

from __future__ import annotations

import re

# "14.11.2026", "17-05-2027", "11.13.24": day first, as most of the world writes it;
# month first only when the other reading is impossible.
_NUMERIC = r"(\d{1,2})[.-](\d{1,2})[.-](\d{4}|\d{2})"
_TIME = r"(?:\s*[|,]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?"
# a line (or a part between "|") that is the stamp alone, perhaps with its time and update
_NUMERIC_STAMP = re.compile(
    rf"^(?:(?:published|posted|released|issued|date|dated)\s*:?\s*(?:on\s+)?)?{_NUMERIC}\.?{_TIME}"
    rf"(?:\s*(?:[|/-]\s*)?(?:updated?|last updated)\b.{{0,30}})?$",
    re.IGNORECASE,
)
# "Potsdam, 14.11.2026." / "Ankara, 12.11.2026 -": a release opening on its city and date.
_CITY_NUMERIC = re.compile(rf"^[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){{0,2}},\s+{_NUMERIC}\b\.?"
                           rf"(?:$|\s+[-—–]|\s*:)")
# "Riyadh, Jumada Al-Akhirah 22, 1448, December 2, 2026, SPA --": an agency's dateline,
# another calendar's date before the Gregorian one, the agency after it.
_CITY_DATELINE = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,\s+(?:[^.,]{3,30},\s+\d{4},\s+)?"
    r"((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+\d{4}),?\s*"
    r"(?:\(?[A-Z]{2,8}\)?\s*)?(?:--|[—–])")
# A labelled stamp inside a line: "| Issued: Monday, 13 October 2025 Prepared by ...".
_LABEL_INSIDE = re.compile(r"(?:^|[|•·]\s*)(?P<label>published|first published|posted|released|"
                           r"issued|updated|last updated)\s*(?::|\bon\b|\bat\b)\s*"
                           r"(?:[A-Z][a-z]+day,?\s+)?"
                           r"(?P<when>.{6,30})", re.IGNORECASE)
# "DATE: 11/10/26   WRITER: KRAMER   PROD: ...": a newsroom system's script header, its air
# date month first (a line of capitals, the label opening it or set wide from the one before).
_SLUG_DATE = re.compile(r"^(?:[A-Z]{2,10}\s*:\s*\S[^a-z]*?\s{2,})?DATE\s*:\s*"
                        r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:\s{2,}[^a-z]*)?$")
# Lines a date must never come from: when a picture was taken, a page printed, last edited.
_NOT_PUBLICATION = re.compile(r"\b(?:taken|captured|printed|edited|accessed|retrieved|"
                              r"archived|effective|expires?)\b", re.IGNORECASE)
# "Jan 20,2025", "13 April ,2027": a stamp's comma set loose or tight.
_LOOSE_COMMA = re.compile(r"\s*,\s*(?=\d{4}\b)")


def numeric_date(day: str, month: str, year: str) -> str:
    """An ISO date from a day-first numeric date, month first when it cannot be day first."""
    d, m, y = int(day), int(month), int(year)
    if y < 100:
        y += 2000
    if m > 12 and d <= 12:
        d, m = m, d
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return ""
    if d > (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31):
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"


def _numeric_stamp(segment: str) -> str:
    m = _NUMERIC_STAMP.match(segment)
    if not m:
        return ""
    if len(m.group(3)) == 2 and not re.match(r"[A-Za-z]", segment):
        return ""  # "11.13.24" alone may be a figure; only under a "Published:" label
    return numeric_date(*m.groups())


def stamp_date(lines: list[str], parse_date, only_a_date) -> str:
    """The publication date of the first stamp-shaped line among `lines` (a page's header),
    or ''. `parse_date` reads a written-out date ("13 October 2025") as YYYY-MM-DD and
    `only_a_date` tells a stamp from a sentence that carries a date."""
    revised = ""
    for line in lines:
        m = _SLUG_DATE.match(line)
        if m and (found := numeric_date(m.group(2), m.group(1), m.group(3))):
            return found
        m = _CITY_DATELINE.match(line[:120])
        if m and (found := parse_date(m.group(1))):
            return found
        if len(line) > 200 or _NOT_PUBLICATION.search(line[:60]):
            continue
        m = _CITY_NUMERIC.match(line)
        if m and (found := numeric_date(*m.groups())):
            return found
        for segment in re.split(r"\s+[|>]\s*|\s*\|\s*", line):
            segment = segment.strip()
            if not segment:
                continue
            if found := _numeric_stamp(segment):
                return found
        for m in _LABEL_INSIDE.finditer(line):
            when = m.group("when")
            found = _numeric_when(when) or parse_date(_LOOSE_COMMA.sub(", ", when))
            if not found:
                continue
            if "updated" in m.group("label").lower():
                revised = revised or found  # a stamp's update: only when nothing says published
            else:
                return found
        # "May 20, 2026, 6:02 AM EDT / Updated May 20, 2026, 11:47 AM EDT": the first date
        head = re.split(r"\s*[/|•·]?\s*\b(?:updated|last updated)\b", line, maxsplit=1, flags=re.I)
        if len(head) == 2 and len(head[0]) <= 45 and only_a_date(head[0]):
            if found := parse_date(head[0]):
                return found
    return revised


# "O 171544Z NOV 26": a formatted message's precedence and date-time group, its own line.
_DTG = re.compile(r"^(?:[OPRZ]{1,2}|ZZ) (\d{2})\d{4}Z ([A-Z]{3}) (\d{2}|\d{4})$")
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def dtg_date(lines: list[str]) -> str:
    """The date a cable or military message was sent, from its date-time group line: it
    outranks a release stamp ("Date: 11/30/2026" on a FOIA copy) printed over it."""
    for line in lines:
        if line[:1] in "OPRZ" and (m := _DTG.match(line.strip())):
            if m.group(2) in _MONTHS:
                return numeric_date(m.group(1), str(_MONTHS.index(m.group(2)) + 1), m.group(3))
    return ""


def _numeric_when(when: str) -> str:
    m = re.match(rf"{_NUMERIC}\b", when.strip())
    return numeric_date(*m.groups()) if m else ""
