"""Systems: airliners and air-launched weapons by name, an RAF type with its mark, air
defences named as the agent of a shoot-down beside a named system, nationality adjectives
and lines in capitals that are no systems. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-09-14", "Air operations note")


@pytest.mark.parametrize(("text", "name"), [
    ("The carrier flies the route with an Airbus A321 on weekdays.", "Airbus A320"),
    ("The jets carried ASRAAM and Paveway IV bombs.", "ASRAAM"),
    ("Each pilot carried two AMRAAMs on the patrol.", "AMRAAM"),
    ("Targets were struck with AASM Hammer guided bombs.", "AASM Hammer"),
    ("The navy wants the DragonFire laser at sea by 2027.", "DragonFire"),
    ("A Voyager KC2 refuelled the pair over the sea.", "Voyager KC2/KC3"),
    ("A Shadow R1 flew over the border at dawn.", "Shadow R1"),
])
def test_named_aircraft_and_air_weapons_are_systems(text, name):
    assert name in DRAFTS.systems(text)


def test_air_defences_that_shot_something_down_stay_beside_a_named_system():
    systems = DRAFTS.systems("Three drones approached the airfield. Two were destroyed by the "
                             "garrison's air defences and a Patriot battery stayed silent.")
    assert "air defences" in systems
    assert "Patriot" in systems


def test_air_defences_only_mentioned_beside_a_named_system_are_still_a_system():
    # (session 10 convention: generic classes are briefed alongside the named systems)
    systems = DRAFTS.systems("The Patriot battery arrived as the ministry reviewed air "
                             "defences across the region.")
    assert "air defences" in systems
    assert "Patriot" in systems


def test_a_nationality_before_aircraft_is_no_system():
    assert DRAFTS.systems("Dutch aircraft flew four sorties over the desert.") == []


def test_a_line_in_capitals_after_its_is_no_ship():
    systems = DRAFTS.systems("THE TEXT IS NOT IN ITS FINAL FORM AND CAN CHANGE.\n\nThe frigate "
                             "HMS Iron Duke sailed on Monday.")
    assert systems == ["HMS Iron Duke"]
