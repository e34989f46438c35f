"""Systems: militia drone families by name (only when the text says it is a drone), the
one-way attack shorthand, and anti-aircraft guns or their fire. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _systems(text: str) -> set[str]:
    facts = draft_briefing(Article(text=text), published="2026-02-02").facts
    return {s.name for s in facts.systems}


@pytest.mark.parametrize("text, name", [
    ("Debris suggested a Samad-type airframe had struck the storage yard.", "Samad"),
    ("The group showed Samad drones on a truck in a new video.", "Samad"),
    ("A Samad-2 crashed in a field south of the port.", "Samad-2"),
    ("The movement said it had used a Yafa drone against the harbour.", "Yafa drone"),
    ("Residents said anti-aircraft fire lit up the sky after midnight.", "anti-aircraft fire"),
    ("Rebels mounted anti-aircraft guns on pickup trucks.", "anti-aircraft guns"),
])
def test_drone_families_and_anti_aircraft_weapons_are_systems(text, name):
    assert name in _systems(text)


def test_a_person_named_samad_is_no_drone():
    assert "Samad" not in _systems("Abdul Samad, a farmer, said the shelling stopped at dawn.")


def test_owa_is_read_as_one_way_attack_not_as_a_system_name():
    names = _systems("Two OWA drones approached the airfield and one OWA UAS was shot down.")
    assert "OWA" not in names
    assert "one-way attack drones" in names and "one-way attack UAS" not in names


def test_owa_uas_takes_the_reports_spelled_out_name_when_it_has_one():
    names = _systems("Two one-way attack UAS approached the base. One OWA UAS was shot down.")
    assert "one-way attack UAS" in names and "one-way attack drones" not in names


def test_a_count_in_capitals_is_no_drones_make():
    names = _systems("The statement just out says TWO drones, both shot down before the airport.")
    assert "TWO" not in names and "drones" in names


def test_anti_ship_ballistic_and_a_cruise_missile_on_a_type_line_are_their_own_systems():
    names = _systems("Anti-ship ballistic missile, ship hit\n\nA missile struck the carrier.\n\n"
                     "Cruise missile, ship hit\n\nThe tanker was hit. The group also fired a "
                     "ballistic missile at Eilat.")
    assert {"anti-ship ballistic missiles", "cruise missiles", "ballistic missiles"} <= names


@pytest.mark.parametrize("text, name", [
    ("The militia also fired Qasef-2K drones at the airport.", "Qasef-2K"),
    ("Two drones thought to be TB-001 types flew past the island.", "TB-001"),
    ("A BZK-005 was tracked over the strait.", "BZK-005"),
    ("A Y-9 early warning aircraft flew over the same strait.", "Y-9"),
    ("The army bought the Skynex gun system for its bases.", "Skynex"),
    ("The Iron Beam laser entered service last year.", "Iron Beam"),
    ("A tanker, a Voyager air-to-air refuelling tanker, supported the jets.", "Voyager"),
    ("- 1 Toyota Hilux technical: (1, destroyed) (link)", "technical"),
])
def test_named_drones_aircraft_lasers_and_technicals_are_systems(text, name):
    assert name in _systems(text)
