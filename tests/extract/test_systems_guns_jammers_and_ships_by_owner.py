"""Systems: counter-drone kit named by its class (jammers, radar-guided and counter-drone guns, a
close-in weapon system, surface-to-air missiles), well-known short-range air defences by name,
ships named after their owner's initials or in apposition, and fighter jets beside a tanker.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-21", "Systems test article")


def test_counter_drone_kit_is_named_by_its_class():
    systems = DRAFTS.systems("The new package includes jammers and radar-guided guns for the camp.")
    assert "jammers" in systems and "radar-guided guns" in systems


def test_a_jammer_alone_is_a_system():
    assert "jammers" in DRAFTS.systems("Soldiers carried a portable jammer on patrol.")


def test_counter_drone_guns_are_a_system():
    systems = DRAFTS.systems("Troops heard the base's counter-drone guns fire.")
    assert "counter-drone guns" in systems


def test_a_warships_close_in_gun_and_its_missiles_are_systems():
    systems = DRAFTS.systems("The frigate used its close-in weapon system, not a surface-to-air "
                             "missile, against the drone.")
    assert "close-in weapon system" in systems and "surface-to-air missiles" in systems


def test_short_range_air_defences_are_known_by_name():
    systems = DRAFTS.systems("Oman relies on Skyguard guns and the Crotale for point defence.")
    assert "Skyguard" in systems and "Crotale" in systems


def test_a_ship_after_its_navys_initials_is_a_system():
    systems = DRAFTS.systems("The RNO vessel Khasab Star towed the dhow to port.")
    assert "Khasab Star" in systems


def test_a_ship_named_in_apposition_is_a_system():
    systems = DRAFTS.systems("The navy answered a call from the tanker, Amber Coast, at noon.")
    assert "Amber Coast" in systems


def test_fighter_jets_stay_beside_a_tanker_aircraft():
    systems = DRAFTS.systems("An RAF Voyager refuelled coalition fighter jets over Syria.")
    assert "fighter jets" in systems
