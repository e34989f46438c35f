"""Systems: a squadron's or air wing's designator, a shortened month and a drone type another is
likened to name no system; North Korean "KN-" designators and an Avenger listed with the Coyote
do. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-21", "Systems note")


def test_a_carrier_air_wing_designator_is_no_system():
    systems = DRAFTS.systems("The destroyer and CVW-3 aircraft shot down six drones on Friday.")
    assert "CVW-3" not in systems


def test_a_short_month_before_a_drone_attack_is_no_system():
    systems = DRAFTS.systems("See the notes on the 3 Oct drone attack near the airport.")
    assert "Oct" not in systems


def test_a_type_another_drone_is_likened_to_is_not_that_drone():
    systems = DRAFTS.systems("The Shahed-type Samad drones the group flies cost little.")
    assert "Shahed" not in systems


def test_a_north_korean_kn_designator_is_a_ballistic_missile():
    assert "KN-25" in DRAFTS.systems("Analysts said the launch resembled the KN-25 missile.")


def test_an_avenger_listed_with_the_coyote_is_an_air_defence():
    systems = DRAFTS.systems("The camp relies on Avenger and Coyote counter-drone systems.")
    assert "Avenger" in systems
