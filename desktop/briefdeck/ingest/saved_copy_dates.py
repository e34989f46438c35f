"""When a copy of a changing page was made, where its own header dates something else.

A page that keeps changing (a feed, a court's docket, a fundraiser with updates) is read as it
stood when it was copied, not when it began:
- a feed or archive export's own stamp, "| Exported: 04 Dec 2026 09:40 GMT |", dates the copy;
  the items under it carry their own "Transmitted:" / "Filed:" stamps, each an item's;
- a court's docket sheet opens with the case's "Date Filed:", when the case began; the copy
  is dated by its service's transaction receipt ("Transaction Receipt" over "12/04/2026
  10:22:31"), else by its latest entry ("(Entered: 12/03/2026)");
- a page stamped "Created November 21, 2026" whose later updates are stamped only "1 day ago",
  "6 days ago" was saved on a day it never writes: no date is better than its creation's.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import FULL_DATE, parse_date

# "Feed: X | Exported: 04 Dec 2026 09:40 GMT | Items: 8": the export's stamp as a labelled
# field (a colon), never a sentence ("Iraq exported ...") or an app's "Exported from ..." line
_EXPORTED = re.compile(
    rf"(?:^|[|•·]\s*)(?-i:Exported(?: on)?|Export date)\s*:\s*"
    rf"(?:[A-Z][a-z]{{2,8}},?\s+)?({FULL_DATE.pattern})",
    re.IGNORECASE,
)


def export_date(header: list[str]) -> str:
    for line in header:
        if "xport" in line and (m := _EXPORTED.search(line)):
            return parse_date(m.group(1))
    return ""


# A docket sheet's entries: "(Entered: 12/03/2026)", the clerk's stamp on each.
_ENTERED = re.compile(r"\(Entered:\s*(\d{1,2}/\d{1,2}/\d{4})\)")
_RECEIPT = "transaction receipt"
_RECEIPT_LINES = 3  # the receipt's stamp sits right under its heading


def docket_date(lines: list[str]) -> str:
    """The day a docket sheet was pulled: its receipt's stamp, else its latest entry. Only
    a text with clerk's entry stamps is a docket; another page's receipt dates nothing."""
    if not any("(Entered:" in line for line in lines):
        return ""
    for i, line in enumerate(lines):
        if len(line) < 40 and line.strip().lower() == _RECEIPT:
            for after in lines[i + 1 : i + 1 + _RECEIPT_LINES]:
                if (found := parse_date(after)) and len(after.split()) <= 3:
                    return found
    entered = [
        parse_date(m.group(1))
        for line in lines
        if "(Entered:" in line
        for m in _ENTERED.finditer(line)
    ]
    return max((d for d in entered if d), default="")


# "Created November 21, 2026": when a fundraiser or petition page began
_CREATED = re.compile(rf"^Created\s+(?:on\s+)?(?i:{FULL_DATE.pattern})$")
# "Update #3 · 1 day ago by ...", "$250 · 5 d": a post stamped by its age when the page was saved
_AGE_STAMP = re.compile(
    r"(?:^|[·•|]\s*)(?:\d{1,3}|an?)\s+(?:days?|hours?|weeks?|months?)\s+ago\b", re.IGNORECASE
)


def saved_on_an_unwritten_day(header: list[str], lines: list[str]) -> bool:
    """Whether the page's only date is when it was created while its later posts are stamped
    by their age: it was saved some days after a date the text never gives."""
    if not any(line[:8] == "Created " and _CREATED.match(line) for line in header):
        return False
    return any(" ago" in line and _AGE_STAMP.search(line) for line in lines)
