"""Shared helpers: draft a briefing from one of the test articles, once per article."""

from __future__ import annotations

import math
from functools import cache

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article
from briefdeck.model import Briefing

try:
    from . import articles as A
except ImportError:  # run without a package
    import articles as A  # type: ignore[no-redef]

STYLES = {
    "wire": (A.WIRE, A.WIRE_PUBLISHED),
    "press": (A.PRESS_RELEASE, A.PRESS_PUBLISHED),
    "timeline": (A.TIMELINE, A.TIMELINE_PUBLISHED),
    "quotes": (A.QUOTES, A.QUOTES_PUBLISHED),
    "web": (A.WEB_PAGE, A.WEB_PUBLISHED),
    "dateline": (A.DATELINE, A.DATELINE_PUBLISHED),
}


@cache
def drafted(style: str) -> Briefing:
    text, published = STYLES[style]
    return draft_briefing(Article(text=text), published=published)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def place_named(briefing: Briefing, *names: str):
    wanted = {n.casefold() for n in names}
    for place in briefing.facts.places:
        if place.name.casefold() in wanted:
            return place
    pytest.fail(f"no place named {names}; got {[p.name for p in briefing.facts.places]}")


def event_on(briefing: Briefing, iso: str):
    found = [e for e in briefing.facts.events if e.date == iso]
    assert found, f"no event on {iso}; got {[e.date for e in briefing.facts.events]}"
    return found[0]
