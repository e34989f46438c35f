"""Parts of a printed report that sit where a title would: a chapter's numbered heading, and
a running head that sets the period covered before the report's name.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import FULL_DATE, only_a_date

# what joins two dates into a period: "July 1, 2026-September 30, 2026", "1 May to 3 June"
_PERIOD_JOIN = re.compile(r"^[\s,–—-]*(?:to|through|until)?[\s,–—-]*$", re.IGNORECASE)

# "2 Force protection and the threat from drones": a chapter's number and name (a committee
# report's or a white paper's), over its numbered paragraphs ("12. Since October ...")
_CHAPTER = re.compile(r"^\d{1,2} [A-Z][a-z]")
_PARAGRAPH = re.compile(r"^\d{1,3}\.\s+[A-Z]")


def chapter_heading(line: str, below: list[tuple[str, bool]]) -> bool:
    """True for a chapter's numbered heading: its first paragraph below is numbered too (a
    headline that starts with a number, "4 US troops hurt ...", has none)."""
    return bool(_CHAPTER.match(line) and below and _PARAGRAPH.match(below[0][0]))


def _dates_only(text: str) -> bool:
    """A date, or a period between two dates, with nothing else."""
    return only_a_date(text) or bool(_PERIOD_JOIN.match(FULL_DATE.sub(" ", text)))


def dated_head_title(line: str) -> str:
    """ "JULY 1, 2026-SEPTEMBER 30, 2026 | LEAD IG REPORT TO THE U.S. CONGRESS": a running
    head with the period first is the report's name, then its period; another line as is."""
    parts = line.split(" | ")
    if len(parts) != 2:
        return line
    first, second = (p.strip() for p in parts)
    if (
        first
        and second
        and FULL_DATE.search(first)
        and _dates_only(first)
        and not FULL_DATE.search(second)
    ):
        return f"{second}, {first}"
    return line
