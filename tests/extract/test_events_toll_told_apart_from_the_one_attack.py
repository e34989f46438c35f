"""A toll told a few paragraphs after the one attack of the story, under a teller named for
a region ("according to the council of the Kurdistan Region, one guard was killed"), is that
attack's toll, even when the attack was first told with no hurt and a second drone of the
same night was intercepted. Every sentence is our own.
"""

from __future__ import annotations

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-11-16"


def test_a_later_toll_under_a_regional_teller_joins_the_one_attack():
    text = ("Drone hits near camp\n\nHamburg, 16.11.2026.\n\nIn the night from 14.11. to "
            "15.11.2026, a drone struck the ground near the coalition camp at Erbil airport. "
            "No German soldiers were hurt.\n\nA second drone was intercepted by air defences "
            "before it reached the camp.\n\nThe commander said the shelters had worked.\n\n"
            "According to the interior council of the Kurdistan Region, one guard was killed "
            "and two others were wounded at a checkpoint near the site of the impact.\n")
    events = drafted_events(text, PUBLISHED)
    assert ("2026-11-14", 1, 2) in day_tolls(events)


def test_hurt_reported_lightly_injured_are_counted():
    from briefdeck.extract.casualties import find_casualties

    text = "Two soldiers and one contractor were reported lightly injured."
    found = find_casualties(text, 0, len(text))
    assert sorted(c.count for c in found if c.kind == "wounded") == [1, 2]
