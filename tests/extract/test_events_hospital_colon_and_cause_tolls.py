"""Tolls told as a trip to hospital or as a terse count before a colon, and the toll of a
happening told only as the undated cause of another ("struck back after a bomb killed two").
Every sentence is our own.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-06-10"


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence))]


def test_people_taken_to_hospital_are_the_wounded():
    assert _tolls("Three guards had been taken to hospital in Basra.") == [("wounded", 3)]
    assert _tolls("Two workers were rushed to the nearest hospital.") == [("wounded", 2)]


def test_a_hospital_named_without_anyone_taken_there_is_no_toll():
    assert _tolls("The convoy drove to the hospital at dawn.") == []


def test_a_terse_count_before_a_colon_listing_who_is_a_toll():
    text = ("Attack on the depot\n\nOn Monday two drones were launched at the Qayyarah depot. "
            "Two wounded: a guard and a driver, both lightly.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-06-08", 0, 2)]


def test_the_wounded_taken_to_hospital_later_join_the_attack_told_before():
    text = ("Depot fire\n\nA drone struck a fuel depot near Kirkuk early on Monday. By the "
            "evening, the health office said two workers had been taken to hospital.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-06-08", 0, 2)]


def test_the_dead_of_an_undated_cause_are_not_the_reprisal_s():
    text = ("Reprisal raids\n\nIn March 2025, the air force struck 40 targets in the valley "
            "after a car bomb killed five soldiers at a checkpoint.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2025-03", 0, 0)]


def test_a_toll_told_before_a_later_cause_stays_with_its_happening():
    text = ("Base hit\n\nOn Monday a rocket hit the base, killing two soldiers after the "
            "sirens had failed.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-06-08", 2, 0)]
