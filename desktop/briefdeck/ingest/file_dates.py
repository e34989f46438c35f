"""The day a PDF file was made (its /CreationDate), as the date of a document whose text
gives none of its own.

An annual report's excerpt, a brochure or a fact sheet often prints no day: its header
names the year ("Annual Report 2026"), its story dates only what happened. The file's own
creation stamp is then the best the copy offers. It is taken only when the text has no
date line at all (no issue month, no short line with a full date near the top) and when the
stamp lies after every date the text gives (a file is made after what it reports); any date
the text does give is read first (`published_fallback` comes after the text's own date).
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import FULL_DATE, parse_date
from briefdeck.ingest.issue_months import issue_month
from briefdeck.ingest.line_kinds import is_prose

# "D:20261207131038+00'00'": the PDF date string, its day first.
_PDF_DATE = re.compile(r"^(?:D:)?((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
_HEADER_LINES = 30  # where a document's own date line would be
_YEAR = re.compile(r"(?:19|20)\d\d")
_MOST_DATES = 200  # dates of the file's year or later worth reading one by one


def creation_day(metadata: object) -> str:
    """The ISO day of the PDF's creation stamp (else its last change), or ''."""
    if not metadata:
        return ""
    for key in ("/CreationDate", "/ModDate"):
        try:
            raw = str(metadata.get(key) or "")  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - a broken info dictionary: no date
            return ""
        m = _PDF_DATE.match(raw.strip()[:40])
        if m:
            return parse_date("-".join(m.groups()))
    return ""


def undated_text_day(text: str, day: str) -> str:
    """`day` when the text gives no date line of its own and no date after `day`, else ''."""
    if not day or issue_month(text):
        return ""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:_HEADER_LINES]:
        if len(line) <= 300 and not is_prose(line) and FULL_DATE.search(line):
            return ""  # the document's own date line: its reading decides
    seen: set[str] = set()
    for m in FULL_DATE.finditer(text):
        written = m.group(0)
        year = _YEAR.search(written)
        if written in seen or (year and year.group(0) < day[:4]):
            continue  # a date read already, or of an earlier year: no later day
        if len(seen) >= _MOST_DATES:
            return ""  # a text of many dates is no undated text
        seen.add(written)
        told = parse_date(written)
        if told and told > day:
            return ""  # the text tells of a later day: the file's stamp is no guide
    return day
