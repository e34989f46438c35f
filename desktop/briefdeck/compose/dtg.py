"""Date-time groups as staff write them: 161200ZMAR20."""

from __future__ import annotations

from datetime import UTC, datetime

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def dtg(iso: str) -> str:
    """'2020-03-16T12:00:00+00:00' -> '161200ZMAR20'; '' when unset or unreadable."""
    if not iso:
        return ""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return f"{when:%d%H%M}Z{_MONTHS[when.month - 1]}{when:%y}"
