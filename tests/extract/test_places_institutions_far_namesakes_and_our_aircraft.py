"""Places and systems: a name before an institution's noun and the place it stands in is that
institution; a loosely read world-gazetteer town far from the report's region is no place of
it; our own jets and drones are never the adversary's weapons. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _facts(text: str):
    return draft_briefing(Article(text=text), published="2026-11-30").facts


def _places(text: str) -> dict:
    return {p.name: p for p in _facts(text).places}


def _postures(text: str) -> dict:
    return {s.name: s.posture for s in _facts(text).systems}


def test_a_hospital_named_like_a_far_town_is_the_hospital_not_the_town():
    text = ("Doctors at Al-Thawra hospital in Hodeidah treated 40 wounded after strikes on the "
            "port on Saturday. A week earlier an ambulance carrying patients to Al-Thawra was "
            "hit near Bajil.")
    places = _places(text)
    assert "Hodeidah" in places and "Bajil" in places
    assert not any(p.country == "Syria" for p in places.values())


def test_a_town_called_a_town_stays_the_town_beside_a_namesake_institution():
    text = ("Doctors at Al-Thawra hospital in Hodeidah treated 40 wounded. In Syria, a drone "
            "struck the town of Al-Thawra near Raqqa on Sunday.")
    places = _places(text)
    assert any(p.country == "Syria" and p.kind == "city" for p in places.values())


def test_a_district_hospital_in_its_own_city_keeps_the_district():
    text = ("The wounded were taken to the Karrada hospital in Baghdad after rockets hit the "
            "Green Zone on Tuesday.")
    assert "Baghdad" in _places(text)


def test_a_far_namesake_named_with_no_place_word_is_dropped():
    text = ("Strikes were reported near Mogadishu and Kismayo on Monday. A second strike hit "
            "Cal Miskaad, Bari, the same night, and a third fell near Baidoa.")
    places = _places(text)
    assert "Mogadishu" in places
    assert not any(p.country == "Ukraine" for p in places.values())


def test_a_far_port_named_after_in_stays_a_place():
    text = ("The bulk carrier, loaded with wheat in Constanta, was hit off Hodeidah in the Red "
            "Sea on Wednesday, 60 miles west of the Yemeni coast near Mokha.")
    assert "Constanta" in _places(text)


@pytest.mark.parametrize("text, name", [
    ("Early on Friday, U.S. F-15E fighter jets and MQ-9 Reaper drones struck six sites near "
     "Al-Qaim.", "MQ-9 Reaper"),
    ("The Israeli military said on Sunday that its aircraft had struck fuel storage at the "
     "port.", "aircraft"),
    ("IDF: fighter jets struck the launchers used in the morning barrage near Naqoura.",
     "fighter jets"),
    ("Houthi forces said they shot down an MQ-9 Reaper over Marib and fired missiles at it.",
     "MQ-9 Reaper"),
])
def test_our_own_aircraft_are_never_the_adversarys_weapon(text, name):
    assert _postures(text)[name] != "used by adversary"


def test_an_adversarys_own_jets_stay_theirs():
    text = "Regime and Russian Su-24 aircraft struck Idlib city and the town of Sarmada."
    assert _postures(text)["Su-24"] == "used by adversary"


@pytest.mark.parametrize("text", [
    "A former official now with a Washington think tank said the base needs more interceptors.",
    "The embassy recommends Washington agencies weigh the request before the visit to Amman.",
])
def test_a_capital_naming_its_political_world_is_no_place(text):
    assert "Washington" not in _places(text)


def test_a_capital_where_something_happens_stays():
    text = "Officials met in Washington on Monday to discuss the drone attack on the base."
    assert "Washington" in _places(text)
