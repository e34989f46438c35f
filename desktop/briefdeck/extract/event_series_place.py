"""The place of an earlier attack told right after a tally: "It was the second attack on the
base in two weeks. On Nov. 19, a drone was shot down over the perimeter ..." The tally names
where the series happened; the next sentence, naming no place of its own, tells an earlier
attack of that series, so at that place."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import BROAD_PRECISIONS
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Sentence

# "the second attack on Erbil Air Base", "the third drone attack against X"
_NTH = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|strike|raid|incident)s?\s+(?:on|at|against)\s+",
    re.I,
)
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh")


def series_place(text: str, tally: Sentence, places: list[PlaceMention]) -> list[PlaceMention]:
    """The place the sentence before (`tally`, its `places`) counts a series of attacks at,
    else []."""
    head = text[tally.start : tally.end].lower()
    if not any(w in head for w in _ORDINALS):
        return []
    m = _NTH.search(text, tally.start, tally.end)
    if m is None:
        return []
    where = [
        p
        for p in places
        if m.end() <= p.start < m.end() + 60
        and not p.locator
        and p.precision not in BROAD_PRECISIONS
    ]
    return where[:1]
