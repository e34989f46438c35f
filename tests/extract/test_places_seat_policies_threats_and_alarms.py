"""A capital standing for its government's policy, a threatened attack and what a facility is
tied to, and a defence system at work: none of them is a happening at the place. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    facts = draft_briefing(Article(text=text), published="2025-03-02").facts
    return {p.name: p for p in facts.places}


@pytest.mark.parametrize("text", [
    "Drones hit the airfield at Harir, which Washington says is now a training site.",
    "The militia blamed the strike on Washington's refusal to leave Syria.",
    "Analysts in Erbil say Tehran's proxies have stepped up their attacks.",
])
def test_a_capital_standing_for_its_government_is_no_place(text):
    places = _places(text)
    assert "Washington" not in places and "Tehran" not in places


def test_a_threat_against_what_a_country_is_tied_to_makes_it_no_target():
    places = _places("In Basra, gunmen have threatened further attacks on offices associated "
                     "with Turkey after the raid.")
    assert places.get("Turkey") is None or places["Turkey"].role != "attack target"


def test_a_defence_alarm_sounding_over_a_base_is_an_attack_not_a_deployment():
    text = ("Shortly after midnight the C-RAM alarm sounded across Camp Taji and staff took "
            "cover in bunkers.")
    assert _places(text)["Camp Taji"].role == "attack target"
