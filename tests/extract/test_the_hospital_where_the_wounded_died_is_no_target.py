"""A hospital named as the place where a wounded man died is where he was cared for, not a
place that was attacked. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-10", "Regional security brief")


def test_a_hospital_where_the_wounded_died_is_not_an_attack_target():
    places = {p.name: p.role for p in DRAFTS.facts(
        "A drone struck a depot near Erbil airport on Monday. One guard was killed and later "
        "another died of his injuries at Rizgary Hospital on Tuesday.").places}
    assert places.get("Rizgary Hospital") not in (None, "attack target")
