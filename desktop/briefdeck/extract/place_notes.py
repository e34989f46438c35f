"""Places only in a report's numbered notes are no places of the report.

A journal article or study cites its sources in notes under a "Notes" heading ("3. Interview,
Erbil, 9 April 2026."): where an interview was held or a statement issued is sourcing, not a
place the report is about. A place the body names is drafted from the body. A "Notes" heading
over a table's column ("Notes", then "Al Udeid Air Base") opens no notes: its first line must
be a numbered note.
"""

from __future__ import annotations

import re

from briefdeck.extract.not_figures import NOTES_HEADING

FIRST_NOTE = re.compile(r"\s*(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+[A-Z\"“]")


def notes_start(text: str) -> int | None:
    """Where the report's numbered notes begin, or None."""
    if "otes" not in text:
        return None
    for m in NOTES_HEADING.finditer(text):
        if m.group(0).startswith("_"):
            continue  # a PDF's rule: its footnotes may sit mid-text, page by page
        if FIRST_NOTE.match(text, m.end()):
            return m.end()
    return None
