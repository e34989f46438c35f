"""A toll raised with the count pointed back at ("raised that toll to ...") is a new total of
the happening already told, not a happening of the day the raise was said.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-03-12"  # a Thursday


def test_that_toll_raised_is_the_earlier_attack_toll() -> None:
    text = ("Works bulletin\n\n"
            "On the night of March 3, drones attacked Camp Harrow, a small outpost near the "
            "river town of Belvin. The army said the next day that no soldiers were hurt.\n\n"
            "The last drone fell inside the part of the camp held by a local militia. The "
            "militia's first statement said two of its guards were lightly wounded. On March 5, "
            "the militia raised that toll to one guard killed and three wounded.\n")
    assert sorted(day_tolls(drafted_events(text, PUBLISHED))) == [("2026-03-03", 1, 3)]
