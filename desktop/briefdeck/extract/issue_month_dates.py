"""Dates in an issue dated by its month alone ("Volume 9, Issue 12 | December 2026"): the
month anchors the year of "Nov. 19" without inventing a day of publication.

The draft is read as of the issue month's last day (the latest day the issue can speak of).
Only dates that name their month keep their reading, and only within the ten months up to the
issue's end: "on Tuesday", "yesterday" or "last week" need the day, which the page never gave,
and a month-day that would fall in the weeks just after the issue ("Jan. 5" in a December
issue: last January or the coming one?) could be either year. Those lose their date, as in an
undated article: a wrong date on a slide is worse than none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

_ISSUE_MONTH = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])")
_NAMES_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b\.?", re.IGNORECASE
)
_WITHIN_DAYS = 305  # about ten months back from the issue's last day


def issue_month_end(article: Any) -> date | None:
    """The last day of the month the article's issue is dated by, or None."""
    m = _ISSUE_MONTH.fullmatch(str(getattr(article, "issue_month", "") or ""))
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def keep_month_dated(events: list[Any], issue_end: date, explicit_year: re.Pattern[str]) -> None:
    """Unresolve every event date the issue month cannot anchor (see the module's note)."""
    for event in events:
        if not event.date or explicit_year.search(event.date_text or ""):
            continue
        text = event.date_text or ""
        try:
            when = (
                date.fromisoformat(str(event.date)[:10])
                if len(str(event.date)) >= 10
                else date.fromisoformat(str(event.date)[:7] + "-01")
            )
        except ValueError:
            when = None
        if (
            when is not None
            and _NAMES_MONTH.search(text)
            and 0 <= (issue_end - when).days <= _WITHIN_DAYS
        ):
            continue
        event.note = (
            f"issue dated by month only: {text!r} left unresolved; "
            "set the publication date to date it"
        )
        event.date, event.date_precision = None, "unknown"
