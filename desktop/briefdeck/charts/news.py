"""The report's news, as the charts draw it: which events are this report's news and which
its background, which one is the lead, and which drafted events are one event told twice.

A report on this week's drone attack that recalls Tower 22 (January 2024) is not a timeline of
both: drawn on one axis, the old toll dwarfs the news and the years between squash this week
into a sliver. One strike whose toll three parties give differently is one strike: three bars
read as three strikes and thrice the dead."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

# An event this long before the report's latest is background ("the attack on Tower 22 in
# January 2024"), not this report's news, unless the report is a timeline of such events.
BACKGROUND_DAYS = 90
# The kinds of event whose place is where the story happened (a statement's place is not).
ACTION_KINDS = ("attack", "strike", "interception", "withdrawal", "deployment", "reinforcement")


def _day(iso: str) -> date | None:
    parts = (iso or "").split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                    int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _order(ev: Any) -> int:
    prov = getattr(ev, "provenance", None)
    start = getattr(prov, "start", None)
    return start if isinstance(start, int) else 1 << 30


def news_events(events: list[Any]) -> list[Any]:
    """The events of the report's news period: those dated long before the latest are left
    out, unless they are more than half as many as the recent ones (the report is then a
    timeline of them: a chronology, a year in review). Undated events stay."""
    days = {ev.id: _day(ev.date) for ev in events if ev.date}
    known = [d for d in days.values() if d]
    if not known:
        return list(events)
    latest = max(known)
    old = {i for i, d in days.items() if d and (latest - d).days > BACKGROUND_DAYS}
    if not old or len(old) * 2 > len(known) - len(old):
        return list(events)
    return [ev for ev in events if ev.id not in old]


def lead_event(events: list[Any]) -> Any | None:
    """The event the report leads with: the first told, among the news, of an action with a
    place (an attack, a strike, a move of forces), else the first told at all."""
    news = sorted(news_events(events), key=_order)
    placed = [ev for ev in news if ev.place and ev.kind in ACTION_KINDS]
    return (placed or news or [None])[0]


def _key(ev: Any) -> str:
    return (ev.place or "").split(",")[0].strip().casefold()


_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|overnight|dawn|dusk|noon|"
                          r"midnight|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{4}\s*(?:hrs|[a-z]\b))",
                          re.IGNORECASE)


def _part_of_day(ev: Any) -> str:
    found = _PART_OF_DAY.search(ev.date_text or "")
    return found.group(1).casefold() if found else ""


def _alike(ev: Any, first: Any) -> bool:
    """Two drafted events that are one: same day (and no different time of it said), same
    kind, and the same place, or no place at all beside a placed one."""
    if (first.date != ev.date or first.date_precision != ev.date_precision
            or first.kind != ev.kind):
        return False
    said, said_first = _part_of_day(ev), _part_of_day(first)
    if said and said_first and said != said_first:
        return False  # "Wednesday morning" and "Wednesday evening": two attacks
    if ev.place:
        return _key(ev) == _key(first)
    return bool(first.place)


def one_per_event(events: list[Any]) -> list[tuple[Any, list[Any]]]:
    """Each event once, with the other drafted tellings of it: the same day at the same place,
    or on the same day with no place and of the same kind as a placed one ("strikes of 25
    November killed 11", beside "the 25 November strike on Albu Kamal"). The one kept is the
    one that says where (the fuller record), else the first told; the others' tolls are the
    competing claims of its toll."""
    kept: list[tuple[Any, list[Any]]] = []
    by_day: dict[tuple[str, str, str], list[tuple[Any, list[Any]]]] = {}  # no quadratic scan
    ordered = sorted(events, key=lambda e: (not e.place, _order(e)))
    for ev in ordered:
        day = by_day.setdefault((ev.date, ev.date_precision, ev.kind), []) if ev.date else []
        home = next((others for first, others in day if _alike(ev, first)), None)
        if home is None:
            kept.append((ev, []))
            day.append(kept[-1])
        else:
            home.append(ev)
    # back in the caller's order
    rank = {ev.id: i for i, ev in enumerate(events)}
    kept.sort(key=lambda pair: rank[pair[0].id])
    return kept
