"""A count of weapons or attacks "since" a day is a running tally: the day it counts from is
not the day of any one happening. A toll "since" a day, and a happening with a day of its own,
are still dated.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2025-06-12"  # a Thursday


def _dates(text: str) -> list[str | None]:
    return [e.date for e in drafted_events(text, PUBLISHED)]


def test_weapons_intercepted_since_a_day_are_no_event_of_that_day():
    text = ("Border air defences stretched\n\n"
            "The border guard said its batteries have intercepted 37 drones over the southern "
            "desert since March 2, most of them carrying contraband.\n")
    assert "2025-03-02" not in _dates(text)


def test_rockets_fired_since_a_day_counted_after_the_verb_are_a_tally():
    text = ("Militias step up fire\n\n"
            "Gunmen have launched more than 20 rockets at the airfield since May 4, "
            "a security official said.\n")
    assert "2025-05-04" not in _dates(text)


def test_a_toll_since_a_day_is_still_dated_from_that_day():
    text = ("Fighting in the valley\n\n"
            "Clashes around the village of Tel Marun have killed 14 people since Monday, "
            "medics said.\n")
    assert "2025-06-09" in _dates(text)


def test_one_interception_on_a_day_keeps_its_day():
    text = ("Drone downed near the border\n\n"
            "Air defences intercepted two drones over the northern border on June 10, "
            "the army said.\n")
    assert "2025-06-10" in _dates(text)
