"""Places: a country naming whose people or body something is, a country beside the groups it
backs, a reported clause's subject; villages placed by the site or district the text puts them
by; same-named towns told apart by the places of their own country. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.geo.towns import km
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    facts = draft_briefing(Article(text=text), published="2025-05-02").facts
    return {p.name: p for p in facts.places}


@pytest.mark.parametrize("text, country", [
    ("A United States sailor was hurt when a drone struck the pier at Duqm in Oman.",
     "United States"),
    ("Iran's defence ministry denied sending the drones that hit the depot near Kirkuk.", "Iran"),
    ("Rockets were fired at the airport in Erbil by Iran and Iran-backed groups, police said.",
     "Iran"),
    ("An aide said the United States had told Baghdad to expect the handover in Erbil.",
     "United States"),
    ("The United States has responded with strikes on two depots near Qaim.", "United States"),
])
def test_a_country_that_only_names_a_side_is_no_place(text, country):
    assert country not in _places(text)


def test_a_country_where_the_attack_happens_is_still_a_place():
    assert "Oman" in _places("A drone struck the pier at Duqm in Oman on Sunday night.")


def test_a_village_near_a_known_site_is_placed_at_the_site():
    places = _places("Rockets were fired at Mission Support Site Euphrates, near the village of "
                     "Kharbet Saleh, on Sunday.")
    village = places["Kharbet Saleh"]
    assert km(village.lat, village.lon, 35.19, 40.42) < 25


def test_a_village_in_an_appositive_on_a_river_is_placed_at_the_town_after():
    places = _places("Residents of Qarat Hamid, a village on the Khabur River near Tal Tamr, "
                     "heard the blasts in Syria.")
    assert "Qarat Hamid" in places and places["Qarat Hamid"].lat is not None


def test_the_area_of_a_province_places_the_area_there():
    places = _places("One drone came down over the Sahl Marj area of Zarqa governorate in Jordan.")
    assert "Sahl Marj" in places
    assert places["Sahl Marj"].country == "Jordan"


def test_a_town_then_its_district_after_a_comma_and_in_is_placed_in_the_district():
    places = _places("A drone was shot down near Banaw Kand, in Makhmur district, Iraq, on Sunday.")
    assert "Banaw Kand" in places and places["Banaw Kand"].country == "Iraq"


def test_a_town_in_a_named_governorate_may_lie_far_from_the_city_of_that_name():
    places = _places("A drone crashed in the desert near Ruwaished in Mafraq governorate, Jordan.")
    town = places["Ruwaished"]
    assert km(town.lat, town.lon, 32.5, 38.2) < 10


def test_same_named_villages_are_told_apart_by_places_of_their_own_country():
    places = _places(
        "A drone hit Mission Support Site Green Village in Syria on Monday. Officials in "
        "Washington said later that a second drone was shot down near the village of Diban, "
        "on the river, and that Jordan had not been involved."
    )
    town = places["Diban"]
    assert town.country == "Syria"


@pytest.mark.parametrize("name, lat, lon", [
    ("Khor Mor gas field", 35.07, 44.77),
    ("Queen Alia International Airport", 31.72, 35.99),
    ("al-Omar oil field", 35.05, 40.55),
])
def test_frequently_reported_energy_sites_and_airports_are_known(name, lat, lon):
    places = _places(f"Traffic at the {name} was normal after the alert, officials said.")
    assert name in places
    assert km(places[name].lat, places[name].lon, lat, lon) < 10
