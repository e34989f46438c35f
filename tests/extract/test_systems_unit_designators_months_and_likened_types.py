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


def test_a_fighter_attack_designator_keeps_its_slash():
    systems = DRAFTS.systems("A destroyer and F/A-18 fighter jets from the carrier took part.")
    assert "F/A-18" in systems and "A-18" not in systems
    systems = DRAFTS.systems("Two F/A-18E Super Hornet jets struck radar sites on Friday.")
    assert "F/A-18E Super Hornet" in systems
    systems = DRAFTS.systems("Navy F/A-18E/F Super Hornets and F-16C/D jets flew on Friday.")
    assert "F/A-18E/F Super Hornet" in systems and "F-16C/D" in systems


def test_a_joint_designation_keeps_its_an_prefix():
    systems = DRAFTS.systems("An AN/TPY-2 radar and two AN/MPQ-65 radars cover the base.")
    assert "AN/TPY-2" in systems and "AN/MPQ-65" in systems
