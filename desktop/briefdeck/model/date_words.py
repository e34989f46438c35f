"""A date as every surface writes it: '11 Mar 2020', 'Mar 2020' or '2020', never ISO.

One wording for the deck, the page, the charts and the app, at the precision the report gave.
"""

from __future__ import annotations

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def event_date_label(iso: str | None, precision: str = "day") -> str:
    """'2020-03-11' -> '11 Mar 2020'; month precision 'Mar 2020'; year '2020'."""
    if not iso:
        return ""
    parts = iso.split("-")
    year = parts[0]
    month = MONTHS[int(parts[1]) - 1] if len(parts) > 1 else ""
    if len(parts) == 3 and precision not in ("month", "year"):
        return f"{int(parts[2])} {month} {year}"
    if month and precision != "year":
        return f"{month} {year}"
    return year


def day_label(iso: str) -> str:
    return event_date_label(iso, "day") if iso else ""


def source_date_label(published: str, issue_month: str = "") -> str:
    """A source's date: its day, else the month an issue is dated by ('Dec 2026'), never a
    day invented for it."""
    return day_label(published) if published else event_date_label(issue_month, "month")
