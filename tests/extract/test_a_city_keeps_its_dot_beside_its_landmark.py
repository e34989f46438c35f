"""A landmark named after its city ("the Erbil Citadel") is a sight of the city, not a base
beside a town: the city keeps its own place. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-10", "Travel advice")


def test_the_city_and_its_citadel_are_two_places():
    names = {p.name for p in DRAFTS.facts(
        "Erbil is calm this week, though drones were shot down near the airport. The Erbil "
        "Citadel stays open to visitors in the evening.").places}
    assert {"Erbil", "Erbil Citadel"} <= names
