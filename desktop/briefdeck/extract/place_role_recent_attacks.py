"""A site reinforced or left and also hit lately is shown hit.

A place's role is its strongest mention's (place_facts.py): a move there outranks an attack,
since a base hit months ago and now reinforced is news for the reinforcement ("the Patriots
are meant for missiles like those Iran fired at Ain al Asad in January"). When the report's
own news is the attack (an Avenger unit reached Conoco on 28 Nov, drones hit it on 1 Dec), the
map should show the place red: the move is told by its event. An attack is that news when it
is dated within two weeks of the latest day the report tells (or undated in a report that
dates nothing). A deadline ("to leave by 31 January") is no such day, and a place a move is
due to by a deadline keeps its move.
"""

from __future__ import annotations

import re
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


# "to leave al-Tanf by 31 JAN 27", "before the end of March": a deadline is a day a move is
# due, not one the report tells as done; it must not push the report's news into the past.
_DEADLINE = re.compile(r"(?:by|before|no\s+later\s+than|until|till|not\s+before)\b", re.I)


def latest_day(events: list[Any]) -> date | None:
    """The latest day any drafted event is dated to, a deadline aside (None when the report
    dates nothing)."""
    days = [
        d
        for d in (
            _day(e.date)
            for e in events
            if e.date and not _DEADLINE.match(getattr(e, "date_text", "") or "")
        )
        if d is not None
    ]
    return max(days, default=None)


def moves_due(events: list[Any]) -> list[str]:
    """The places of moves dated by a deadline ("U.S. forces are to leave al-Tanf by 31
    January"): what is to become of them is the news, whatever hit them meanwhile, so an
    attack never turns such a place red."""
    return [
        name
        for e in events
        if e.kind not in ("attack", "strike")
        and e.place
        and e.date
        and _DEADLINE.match(getattr(e, "date_text", "") or "")
        for name in e.place.split(", ")
    ]


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
