"""Things hit counted over a period ("four ships had been attacked since May 2") are a tally
of many happenings, none of them dated by the period's first day.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-05-14"  # a Thursday


def test_ships_counted_since_a_day_are_no_attack_of_that_day() -> None:
    text = ("Owners' circular\n\n"
            "On Monday afternoon the tanker Grey Finch was hit by a missile off the coast; no "
            "one was hurt.\n\n"
            "A rebel spokesman said in a statement on Tuesday that its forces had sunk a ship. "
            "A shipping newsletter reported on Wednesday that at least four merchant ships had "
            "been attacked in the area since May 2.\n")
    days = sorted(e.date for e in drafted_events(text, PUBLISHED) if e.kind == "attack")
    assert days == ["2026-05-11"]


def test_strikes_of_a_month_summed_up_are_no_attack_of_the_story_day() -> None:
    text = ("Greyfield Trust gives $1 million to field hospitals near bases in Syria and Iraq\n\n"
            "Two grants fund a burns unit in Hasakah and a blood bank in Kirkuk, after a month "
            "in which drone strikes wounded U.S. troops and killed a driver in Kirkuk LONDON, "
            "May 14, 2026 -- The Greyfield Trust today announced two grants to field "
            "hospitals.\n\n"
            "The grants follow a drone attack late on May 6 on a base near Hasakah that wounded "
            "four soldiers.\n")
    hit = sorted((e.date, e.killed or 0) for e in drafted_events(text, PUBLISHED)
                 if e.kind == "attack")
    assert hit == [("2026-05-06", 0)]
