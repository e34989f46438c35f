"""A site reinforced or left and also hit lately is shown hit.

A place's role is its strongest mention's (place_facts.py): a move there outranks an attack,
since a base hit months ago and now reinforced is news for the reinforcement ("the Patriots
are meant for missiles like those Iran fired at Ain al Asad in January"). When the report's
own news is the attack (an Avenger unit reached Conoco on 28 Nov, drones hit it on 1 Dec), the
map should show the place red: the move is told by its event. An attack is that news when it
is dated within two weeks of the latest day the report tells (or undated in a report that
dates nothing).
"""

from __future__ import annotations

from datetime import date
from typing import Any

RECENT_DAYS = 14
MOVED = ("reinforcement", "withdrawal")


def _day(iso: str) -> date | None:
    parts = iso.split("-")
    if len(parts) < 2:
        return None  # a year says too little to tell news from background
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


def latest_day(events: list[Any]) -> date | None:
    """The latest day any drafted event is dated to (None when the report dates nothing)."""
    days = [d for d in (_day(e.date) for e in events if e.date) if d is not None]
    return max(days, default=None)


def is_recent(e: Any, latest: date | None) -> bool:
    """Is the attack e the report's news rather than background (see the docstring)?"""
    if latest is None:
        return True
    day = _day(e.date) if e.date else None
    if day is None:
        return False
    if getattr(e, "date_precision", "day") == "month":
        return (day.year, day.month) == (latest.year, latest.month)
    return 0 <= (latest - day).days <= RECENT_DAYS


def may_mark(role: str, recently_hit: bool) -> bool:
    """May a place of this role become an attack target? A "mentioned" one always; a moved
    one when an attack of the report's news hit it."""
    return role == "mentioned" or (recently_hit and role in MOVED)
