"""Places: outlets credited like towns, model names, US states after their towns, countries
that only say whose forces, and the curated areas of northern Iraq, Baghdad and the Gulf
(mountain areas, bridges and districts, refineries and terminals). Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from tests.extract.drafting import article_facts

from briefdeck.geo.towns import km


def _places(text: str) -> dict:
    facts = article_facts(text, "2025-03-04")
    return {p.name: p for p in facts.places}


def _near(place, lat: float, lon: float, within: float = 25) -> bool:
    return place.lat is not None and km(place.lat, place.lon, lat, lon) <= within


def test_the_outlet_of_the_dateline_signing_off_is_no_town():
    text = ("ADEN, Feb. 11 (Saba) - Fighters shelled positions near Taiz on Monday, the "
            "army said.\n\nThe shelling damaged two homes in Taiz.\n\nSaba\n")
    assert "Saba" not in _places(text)


def test_a_statement_given_to_an_outlet_is_no_place():
    text = "A ministry official said in a statement to Saba that four people were hurt in Taiz."
    assert "Saba" not in _places(text)


def test_a_report_credited_according_to_a_channel_is_no_place():
    text = ("According to Al Mayadeen, the drones struck a depot near Hasakah in Syria on "
            "Sunday night.")
    places = _places(text)
    assert "Al Mayadeen" not in places and "Hasakah" in places


def test_a_quoted_model_name_before_type_is_no_place():
    text = 'The group said it attacked a target in Eilat with a missile of the "Yafa" type.'
    places = _places(text)
    assert "Yafa" not in places and "Eilat" in places


def test_a_state_locating_the_town_before_it_is_not_drafted_again():
    text = ("The missiles are assembled in Tucson, Arizona, and the battalion from Fort "
            "Sill, Oklahoma, will take them to Kuwait.")
    places = _places(text)
    assert "Tucson" in places and "Fort Sill" in places
    assert "Arizona" not in places and "Oklahoma" not in places


@pytest.mark.parametrize(
    "text, country",
    [
        ("The UK training team in Erbil has no drone defences of its own, MPs heard.", "UK"),
        ("The UK presence at the airport is down to a few dozen people.", "UK"),
        ("At its height the UK had more than 900 personnel at bases in Iraq.", "UK"),
        ("Militias close to Iran fired rockets at the base near Hasakah.", "Iran"),
        ("Drones hit a port in Kuwait, as the United States carried out strikes in Iraq.",
         "United States"),
    ],
)
def test_a_country_that_only_says_whose_forces_or_who_acts_is_no_place(text, country):
    assert country not in _places(text)


def test_a_regional_government_is_no_region():
    text = ("Ankara said it is coordinating with the Kurdistan Regional Government on "
            "strikes near Zakho.")
    assert "Kurdistan" not in _places(text)


def test_the_airport_of_a_city_is_its_air_base_when_known():
    text = "On Tuesday a drone was fired at the airport of Erbil, the group said."
    places = _places(text)
    site = next(p for p in places.values() if p.kind == "installation")
    assert _near(site, 36.2376, 43.9632, 2)


@pytest.mark.parametrize(
    "text, name, lat, lon",
    [
        ("Two militants were killed in the Hakurk region near the Iranian border.", "Hakurk region",
         37.05, 44.72),
        ("Search operations go on in the Metina region of Duhok.", "Metina region", 37.17, 43.55),
        ("Troops cleared caves in the Zap region last week.", "Zap region", 37.25, 43.7),
        ("Drones struck a group moving in the Gara region on Friday.", "Gara region", 36.98, 43.4),
        ("The ministry said its jets hit shelters in the Kandil region.", "Kandil region",
         36.45, 45.05),
        ("Protesters gathered at the Jumhuriya Bridge in Baghdad.", "Jumhuriya Bridge",
         33.318, 44.405),
        ("Police found a launch rail in the Doura area of south Baghdad.", "Doura area",
         33.25, 44.4),
        ("A drone set a tank on fire at the Mina al-Ahmadi refinery in Kuwait.",
         "Mina al-Ahmadi refinery", 29.07, 48.15),
        ("Debris fell inside the Ras Tanura oil terminal in Saudi Arabia.",
         "Ras Tanura oil terminal", 26.65, 50.14),
        ("The Houthis said they fired drones at Umm al-Rashrash overnight.", "Umm al-Rashrash",
         29.558, 34.948),
        ("A drone was downed over the Khabat district west of Erbil.", "Khabat district",
         36.27, 43.67),
    ],
)
def test_curated_areas_of_the_region_are_placed(text, name, lat, lon):
    places = _places(text)
    assert name in places, sorted(places)
    assert _near(places[name], lat, lon, 5)


def test_two_bridges_sharing_one_head_are_both_placed():
    text = "Crowds are expected near the Jumhuriya and Sinak bridges in Baghdad on Friday."
    places = _places(text)
    assert _near(places["Jumhuriya bridge"], 33.318, 44.405, 2)
    assert _near(places["Sinak bridge"], 33.33, 44.402, 2)


def test_a_bare_given_name_like_a_district_needs_a_cue():
    assert "Dora" not in _places("Dora said the convoy reached Baghdad on Monday.")
    assert "Dora" in _places("Rockets were fired from al-Dora in Baghdad on Monday.") or \
        "al-Dora" in _places("Rockets were fired from al-Dora in Baghdad on Monday.")
