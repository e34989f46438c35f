"""Places from the fifteenth round's shapes: a name's first word is no place, a city's own
district, a country's own body, a briefing reporter's outlet, and localities around Erbil and
US sites that the gazetteer curates. Every sentence is written for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.geo.towns import km
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    facts = draft_briefing(Article(text=text), published="2025-03-02").facts
    return {p.name: p for p in facts.places}


def test_the_first_word_of_an_unknown_tal_name_is_never_placed():
    places = _places("Troops left a patrol post outside the village of Tal Zuhur, north of "
                     "Hasakah, on Sunday.")
    assert "Tal" not in places
    assert "Tal Zuhur" in places
    assert places["Tal Zuhur"].country == "Syria"


def test_a_district_named_with_its_city_possessive_is_placed_at_the_city():
    places = _places("A drone struck a car in Basra's Zawrakiya neighborhood on Friday, "
                     "police said.")
    assert "Zawrakiya" in places
    basra = places["Basra"]
    assert km(places["Zawrakiya"].lat, places["Zawrakiya"].lon, basra.lat, basra.lon) < 1


def test_a_country_owning_the_body_it_names_is_no_place():
    places = _places("Iran's Revolutionary Guard fired three missiles at targets near Erbil "
                     "late on Monday.")
    assert "Iran" not in places
    assert "Erbil" in places


def test_a_briefing_reporters_outlet_is_no_place():
    text = ("GEN. HALE: The base took indirect fire near Erbil on Tuesday.\n\n"
            "Q: Samir Nadeem, Al Hurra. Were any troops hurt in that attack?\n\n"
            "GEN. HALE: No injuries were reported.")
    places = _places(text)
    assert "Al Hurra" not in places
    assert "Erbil" in places


def test_a_region_opening_a_directorates_name_is_no_place():
    places = _places("The Kurdistan Region Counter-Terrorism Directorate said a drone fell "
                     "near Erbil.")
    assert "Kurdistan Region" not in places


def test_localities_around_erbil_are_placed():
    text = ("One drone fell near the village of Kalak on the Mosul road, a second near "
            "Kani Qirzhala by the airport, and debris landed in Bnaslawa, Iraqi Kurdish "
            "officials said.")
    places = _places(text)
    for name, (lat, lon) in {"Kalak": (36.27, 43.65), "Kani Qirzhala": (36.215, 43.93),
                             "Bnaslawa": (36.16, 44.09)}.items():
        assert km(places[name].lat, places[name].lon, lat, lon) < 10


def test_the_udairi_range_and_mission_support_site_euphrates_are_their_own_sites():
    places = _places("The gunners will qualify at the Udairi Range in Kuwait before moving "
                     "on to Mission Support Site Euphrates in eastern Syria.")
    assert "Udairi Range" in places and "Camp Buehring" not in places
    assert places["Mission Support Site Euphrates"].country == "Syria"


def test_a_village_west_of_the_airport_just_named_is_placed_at_the_airport():
    text = ("Two drones flew toward Erbil International Airport overnight. One was shot down "
            "and the other fell near the village of Zarzawa, west of the airport, officials "
            "said.")
    places = _places(text)
    airport = places["Erbil International Airport"]
    assert km(places["Zarzawa"].lat, places["Zarzawa"].lon, airport.lat, airport.lon) < 1


def test_a_village_west_of_the_airport_with_no_airport_named_is_not_placed():
    places = _places("A drone fell near the village of Zarzawa, west of the airport, in Iraq.")
    assert "Zarzawa" not in places


def test_a_village_a_few_kilometers_from_the_base_just_named_is_placed_at_the_base():
    text = ("Rockets were fired at Harir Air Base late on Monday. One landed near the village "
            "of Zarzawa, about three kilometers from the base, without exploding.")
    places = _places(text)
    base = places["Harir Air Base"]
    assert km(places["Zarzawa"].lat, places["Zarzawa"].lon, base.lat, base.lon) < 1


def test_a_village_far_from_the_place_it_is_measured_from_is_not_placed_there():
    places = _places("Shells hit the village of Zarzawa, about 90 kilometers from Erbil.")
    assert "Zarzawa" not in places


def test_an_area_some_kilometres_from_the_city_centre_is_placed_at_the_city():
    text = ("Families streamed into Goma on Thursday, while shelling could be heard from the "
            "Zarzawa area, about 15 kilometres (9 miles) from the city centre.")
    places = _places(text)
    goma = places["Goma"]
    assert km(places["Zarzawa"].lat, places["Zarzawa"].lon, goma.lat, goma.lon) < 1


def test_an_area_without_a_distance_or_anchor_is_not_a_place():
    assert "Zarzawa" not in _places("Residents of the Zarzawa area said the night was calm.")
