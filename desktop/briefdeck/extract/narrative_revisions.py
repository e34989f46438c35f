"""A toll the report revised later: the BLUF tells the revision, not the first count.

A channel, a live page or a thread tells an attack's toll as it comes in ("three service
members suffered minor injuries", then hours later "UPDATE, toll revised: ... That makes six
wounded"). The later message is often drafted as its own event, dated by the message's day and
with no place of its own. The first count, put on the first slide, is superseded: the BLUF
tells the revised toll and the count it replaces, never the stale one alone.

A later toll counts as the revision only when its own paragraph says it revises a toll ("toll
revised", "revised toll", "updated toll", "that makes six wounded"), it is an attack's or a
strike's, told after the first count, dated that day or within two days after (a message's
day), and placed nowhere else.
"""

from __future__ import annotations

from datetime import date

import regex

from briefdeck.extract.narrative_acts import sites
from briefdeck.extract.tellings import _position
from briefdeck.model import Event

# "toll revised", "revised toll", "updated casualty toll", "raised the toll to", "that makes
# six wounded": a count told as the new state of one already given
_REVISED = regex.compile(
    r"\btoll\s++(?:was\s++|has\s++been\s++|is\s++now\s++)?(?:revised|updated|raised|corrected|"
    r"rises|rose|climbs|climbed)\b|"
    r"\b(?:revised|updated|raised|corrected|new|latest)\s++(?:the\s++|its\s++|their\s++)?"
    r"(?:[\w'’-]++\s++){0,2}?(?:death\s++|casualty\s++)?toll\b|"
    r"\bthat\s++(?:makes|brings\s++the\s++(?:toll|total)\s++to)\s++\w++\s++"
    r"(?:[\w-]++\s++)?(?:wounded|injured|killed|dead|hurt|casualties)\b",
    regex.I,
)
_PARAGRAPH = 800  # characters back from the toll's sentence where its message may start
_DAYS = 2


def _paragraph(text: str, start: int, end: int) -> str:
    """The message or paragraph holding text[start:end], up to its end."""
    top = text.rfind("\n\n", max(0, start - _PARAGRAPH), start)
    return text[top + 1 if top >= 0 else max(0, start - _PARAGRAPH) : end]


def _days_after(first: Event, later: Event) -> int | None:
    if not later.date or not first.date:
        return 0
    if len(first.date) != 10 or len(later.date) != 10:
        return (
            0
            if later.date.startswith(first.date[:7]) or first.date.startswith(later.date[:7])
            else None
        )
    return (date.fromisoformat(later.date) - date.fromisoformat(first.date)).days


def revised_toll(first: Event, events: list[Event], text: str) -> Event | None:
    """The latest event that revises first's toll (see the module's note), or None."""
    if first.provenance is None or "toll" not in text and "akes " not in text:
        return None
    where = set(sites(first))
    found = None
    for e in events:
        if (
            e is first
            or e.kind not in ("attack", "strike")
            or not (e.killed or e.wounded)
            or e.provenance is None
            or _position(e) <= _position(first)
            or (e.killed, e.wounded) == (first.killed, first.wounded)
        ):
            continue
        own = set(sites(e))
        if own and not own & where:
            continue
        days = _days_after(first, e)
        if days is None or not 0 <= days <= _DAYS:
            continue
        if _REVISED.search(_paragraph(text, e.provenance.start, e.provenance.end)):
            found = e if found is None or _position(e) > _position(found) else found
    return found
