"""A heading spoken or noted before the happening it opens: "Biggest one, Sunday night at
Erbil." then "We had three drones come in ... The third impacted near the yard." A short
sentence with no action word that names a day and a place at which something happened sets
the scene: the attacks told after it in its paragraph that name no place of their own were
there (their day comes from the day named last, as any sentence's does).
"""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import BROAD_PRECISIONS
from briefdeck.extract.places import PlaceMention

_MAX_WORDS = 12  # ("151015C NOV 23 – Highway 1 (MSR TAMPA), south of X.")
_AT = re.compile(r"\b(?:at|in|near|on|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+"
                 r"of)\s+(?:the\s+)?$", re.I)
_DASHED = re.compile(r"\s[–—-]\s+$")


def scene_place(text: str, start: int, end: int, places: list[PlaceMention]
                ) -> PlaceMention | None:
    """The place a short verbless heading ("Sunday night at Erbil.") names, if it is one."""
    if text.count(" ", start, end) >= _MAX_WORDS:
        return None
    sites = [p for p in places if not p.locator and p.precision not in BROAD_PRECISIONS]
    # "151930C NOV 23 – Ain al-Asad Air Base (AAAB).": a log item's day, a dash, its place
    # (whatever is "near" it after)
    headed = [p for p in sites if _DASHED.search(text, max(start, p.start - 4), p.start)]
    if headed:
        return headed[0]
    named = [p for p in sites if _AT.search(text, max(start, p.start - 12), p.start)]
    return named[-1] if len(named) == 1 else None


# "Second, Saturday evening, three rockets near Victory Base.": an incident noted with no verb,
# its count of weapons at a place (a short sentence that also names its day)
_NOTED = re.compile(r"\b(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:rockets?|drones?|missiles?|mortars?|mortar\s+rounds|"
                    r"UAVs?|shells|projectiles?)\s+(?:near|at|on|into|over|toward|towards|"
                    r"against)\s+(?:the\s+)?[A-Z]")
_MAX_NOTE_WORDS = 16


def noted_incident(text: str, start: int, end: int) -> int | None:
    """Where a verbless note of an incident tells its weapons ("three rockets near X")."""
    if text.count(" ", start, end) >= _MAX_NOTE_WORDS:
        return None
    m = _NOTED.search(text, start, end)
    return m.start() if m else None
