"""A toll said on a later day, after a second strike told "minutes later", is news of that
day's strikes, not a happening of the day it was said.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-04-11"  # a Saturday


def test_toll_said_next_day_is_not_an_attack_of_that_day() -> None:
    text = ("Rights group alert\n\n"
            "The group condemns a drone strike on a clinic van near Tarvel on Thursday "
            "morning.\n\n"
            "About ten minutes later, a second strike hit a police post down the road. Police "
            "first said two officers were wounded. On Friday they said in a statement that one "
            "officer had died of his wounds and two were wounded.\n")
    days = sorted({e.date for e in drafted_events(text, PUBLISHED)})
    assert days == ["2026-04-09"]
