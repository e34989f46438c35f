"""Systems: the generic classes of weapon and equipment a report names without a make (air
defences, radars, combat jets and aircraft that strike) are systems when the words name the
kit, not the trade, the sensing or the airliner. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-10-02", "Generic classes note")


@pytest.mark.parametrize("text", [
    "Four drones were brought down by Latvian air defence overnight.",
    "Air defence intercepted two cruise missiles over the port before dawn.",
    "The capital's air defenses downed a drone near the stadium.",
    "Officials said more air defence systems would reach the harbour in spring.",
])
def test_air_defences_used_as_kit_are_a_system(text):
    assert "air defences" in DRAFTS.systems(text) or \
        "air defence systems" in DRAFTS.systems(text)


@pytest.mark.parametrize("text", [
    "A retired air defence officer said the gap was obvious.",
    "The minister spoke about cooperation on air defence with Oslo.",
    "The battery belongs to the 12th Air Defense Artillery Regiment, the army said.",
    "Soldiers relieved by the 7-62 Air Defense Artillery left the camp on Tuesday.",
])
def test_air_defence_as_a_trade_or_a_unit_is_no_system(text):
    assert not any("air def" in s for s in DRAFTS.systems(text))


def test_air_defences_stay_beside_a_named_air_defence_system():
    systems = DRAFTS.systems("The NASAMS battery will join the island's air defences next "
                             "month, the ministry said.")
    assert "NASAMS" in systems
    assert "air defences" in systems


def test_a_named_systems_own_air_defence_noun_is_not_a_second_system():
    systems = DRAFTS.systems("The frigate fired its Sea Ceptor air defence system at two "
                             "incoming drones.")
    assert "Sea Ceptor" in systems
    assert "air defence systems" not in systems


@pytest.mark.parametrize("text", [
    "The contractor delivered two radars and a generator to the airfield.",
    "Engineers installed radar systems on the hill above the harbour.",
    "The battery brought a radar and six launchers to the island.",
])
def test_radars_as_kit_are_a_system(text):
    assert "radars" in DRAFTS.systems(text)


@pytest.mark.parametrize("text", [
    "The boats flew low to stay under the radar of the coastguard.",
    "The drone was tracked by radar for ten minutes.",
    "Gaps in radar coverage worried the committee.",
])
def test_radar_as_sensing_is_no_system(text):
    assert "radars" not in DRAFTS.systems(text)


def test_bare_jets_that_strike_are_a_system():
    assert "jets" in DRAFTS.systems("Overnight, Israeli jets struck a depot near the port.")


def test_aircraft_that_strike_are_a_system():
    assert "aircraft" in DRAFTS.systems("The army said its aircraft struck a weapons store "
                                        "outside the village.")


@pytest.mark.parametrize("text", [
    "Two passenger jets were diverted to Larnaca after the alert.",
    "Private jets lined the apron before the summit.",
    "The aircraft carrier sailed south with two escorts.",
    "The airline grounded the aircraft after the hail storm.",
])
def test_airliners_carriers_and_parked_aircraft_are_no_system(text):
    systems = DRAFTS.systems(text)
    assert "jets" not in systems and "aircraft" not in systems


def test_jets_beside_a_named_type_are_that_type():
    systems = DRAFTS.systems("Two F-35 jets landed at the base and the jets refuelled there.")
    assert "F-35" in systems
    assert "jets" not in systems
