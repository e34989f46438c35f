"""A chat or note sums up a toll told by party: "So 2 killed, 4 wounded total" is the whole
toll as now known, not one more party's count on top of those before it.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-09-12"
TOLD = ("Call notes\n\nWhat we have on the Karvel depot. Attack was last night, drones hit "
        "the depot. Police statement this morning says two of their officers killed and three "
        "wounded. ")


def test_counts_closing_with_total_are_the_whole_toll() -> None:
    tolls = day_tolls(drafted_events(TOLD + "So 2 killed, 4 wounded total as of now", PUBLISHED))
    assert tolls == [("2026-09-11", 2, 4)]

