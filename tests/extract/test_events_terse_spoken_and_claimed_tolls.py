"""Tolls told tersely after "said" or in brackets ("sources said four killed", "(2 killed,
4 injured)"), and an armed group's claimed toll set beside the toll told otherwise of the same
attack: the event carries the confirmed one, and a claim alone stays the toll. Every sentence
is our own.
"""

from __future__ import annotations

import pytest

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-11-18"


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


@pytest.mark.parametrize("text, tolls", [
    ("Hospital sources said four killed.", [("killed", 4)]),
    ("Hospital sources said four killed in the shelling.", [("killed", 4)]),
    ("Police sources said three people killed and seven wounded.",
     [("killed", 3), ("wounded", 7)]),
    ("Medics said two dead, five wounded.", [("killed", 2), ("wounded", 5)]),
    ("Toll: 3 dead, 12 hurt.", [("killed", 3), ("wounded", 12)]),
    ("A mortar round hit the bus depot (2 killed, 4 injured).",
     [("killed", 2), ("wounded", 4)]),
])
def test_terse_spoken_and_bracketed_tolls_give_both_counts(text, tolls):
    assert _tolls(text) == tolls


def test_a_headline_says_toll_before_a_place_is_left_to_the_story():
    assert _tolls("Health ministry says nine killed in strikes on the port") == []


def test_a_groups_own_dead_are_no_claim():
    text = "The militia said three of its fighters had been killed at the checkpoint."
    assert [c.claimed for c in find_casualties(text, 0, len(text))] == [False]


@pytest.mark.parametrize("text", [
    # the official toll first, the claim after
    "Drones struck the Conoco field base in eastern Syria on Monday night. The Pentagon said "
    "two US soldiers were lightly wounded. The Islamic Resistance in Iraq said its attack "
    "killed 20 American soldiers.",
    # the claim first, the official toll after
    "The Islamic Resistance in Iraq said its drone attack on the Conoco field base in eastern "
    "Syria on Monday killed 20 American soldiers. A Pentagon spokesman said two soldiers "
    "suffered minor injuries.",
    # the group's outlet as teller, the doer named after "stated that"
    "Drones struck the Conoco field base in eastern Syria on Monday night. The group's "
    "channel published a claim. It stated that Resistance fighters had hit the base, "
    "\"killing 20 American soldiers\". The Pentagon said two US soldiers were lightly "
    "wounded.",
])
def test_a_claimed_toll_gives_way_to_the_confirmed_one(text):
    events = drafted_events(f"Drones hit base\n\n{text}\n", PUBLISHED)
    assert ("2026-11-16", 0, 2) in day_tolls(events)


def test_a_claim_that_is_the_only_toll_told_stays_the_toll():
    text = ("Drones hit base\n\nThe Islamic Resistance in Iraq said its drone attack on the "
            "Conoco field base in eastern Syria on Monday killed 20 American soldiers. US "
            "officials did not comment.\n")
    assert ("2026-11-16", 20, 0) in day_tolls(drafted_events(text, PUBLISHED))
