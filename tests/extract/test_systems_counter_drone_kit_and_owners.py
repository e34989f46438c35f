"""Systems: the counter-drone kit of CENTCOM's bases by name, the military's spelled-out drone
term, a roadside bomb as reports name it, and a force that owns air defences. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _systems(text: str) -> set[str]:
    facts = draft_briefing(Article(text=text), published="2026-02-02").facts
    return {s.name for s in facts.systems}


@pytest.mark.parametrize("text, name", [
    ("The outpost relied on M-LIDS trucks and a single C-RAM to stop drones.", "M-LIDS"),
    ("The unit had Avenger and Stinger teams but no radar of its own.", "Avenger"),
    ("Guards shot down a one-way attack unmanned aerial system near the gate.",
     "one-way attack unmanned aerial system"),
    ("A roadside bomb damaged a fuel truck south of the city on Friday.", "roadside bomb"),
    ("Auditors found that counter-UAS equipment was missing at two sites.",
     "counter-UAS systems"),
])
def test_named_kit_and_terms_of_military_reporting_are_systems(text, name):
    assert name in _systems(text)


def test_bare_avenger_without_an_air_defence_beside_it_is_no_system():
    assert "Avenger" not in _systems("The Avenger crossed the square before the parade.")


def test_the_force_that_owns_air_defences_is_not_their_name():
    systems = _systems("The Jordan Army air defences downed two drones over Mafraq.")
    assert "Jordan Army" not in systems
