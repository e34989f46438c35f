"""Which attacks are the news: those within weeks of the latest the report tells.

Background years ago is not the news, even when it is the only attack with a toll; the BLUF
and the key points read the recent acts first.
"""

from __future__ import annotations

from datetime import date

from briefdeck.model import Event


def _day(e: Event) -> date:
    parts = [int(x) for x in (e.date or "1900").split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _recent(events: list[Event], among: list[Event], days: int = 62) -> list[Event]:
    """The events within two months of the latest one the report tells (of `among`):
    background years ago is not the news, even when it is the only attack with a toll."""
    # (an announcement may be dated ahead, "the presence ends in September 2027": a
    # timetable, not the report's latest news)
    told = [e for e in among if e.date and e.kind != "announcement"] or \
        [e for e in among if e.date]
    latest = max((_day(e) for e in told), default=None)
    return [e for e in events if latest is not None and (latest - _day(e)).days <= days]


def _dated(events: list[Event], iso: str) -> Event:
    return next(e for e in events if e.date == iso)


def _latest(events: list[Event]) -> Event | None:
    return max((e for e in events if e.date), key=_day, default=None)
