"""The report's news, as the charts draw it: which events are this report's news and which
its background, which one is the lead, and which drafted events are one event told twice.

A report on this week's drone attack that recalls Tower 22 (January 2024) is not a timeline of
both: drawn on one axis, the old toll dwarfs the news and the years between squash this week
into a sliver. One strike whose toll three parties give differently is one strike: three bars
read as three strikes and thrice the dead."""

from __future__ import annotations

from datetime import date
from typing import Any

from briefdeck.extract.tellings import tellings

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


def one_per_event(events: list[Any]) -> list[tuple[Any, list[Any]]]:
    """Each event once, with the other drafted tellings of it (extract/tellings.py: "strikes
    of 25 November killed 11", beside "the 25 November strike on Albu Kamal"). The one kept is
    the one that says where (the fuller record; of several, the first with a toll), else the
    first told; the others' tolls are the competing claims of its toll."""
    kept = []
    for group in tellings(events):
        placed = [ev for ev in group if ev.place] or group
        # the placed telling with a toll, if one has it: "five wounded in the strike on Yater"
        # beside "struck near Naqoura and in Yater" is the bar of Yater with its toll
        shown = next((ev for ev in placed if ev.killed or ev.wounded), placed[0])
        kept.append((shown, [ev for ev in group if ev is not shown]))
    # back in the caller's order
    rank = {id(ev): i for i, ev in enumerate(events)}
    kept.sort(key=lambda pair: rank[id(pair[0])])
    return kept
