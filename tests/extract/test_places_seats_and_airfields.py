"""Places: a capital that stands for its government as the one who acts is no place of the
report; "City's airport" is the city's airport when the gazetteer knows it; a bearing from a
weak-alias town ("north of al-Baghdadi") is a cue for it; the regional government's name is a
body, not the region; curated RAF stations and often-reported Iraq-Syria localities.
Every sentence is written for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.geo.towns import km
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    facts = draft_briefing(Article(text=text), published="2025-03-02").facts
    return {p.name: p for p in facts.places}


def test_a_capital_acting_for_its_government_in_a_clause_is_no_place():
    places = _places("Militias paused their attacks because Moscow told them to wait, an "
                     "analyst in Basra said on Friday.")
    assert "Moscow" not in places
    assert "Basra" in places


def test_a_capital_after_a_preposition_stays_a_place():
    places = _places("Officials in Tehran said the convoy reached the border on Monday.")
    assert "Tehran" in places


def test_a_citys_possessive_airport_is_the_known_airport():
    places = _places("Two rockets were fired at Erbil's airport overnight, the police said.")
    site = next(p for p in places.values() if "airport" in p.name.lower())
    assert km(site.lat, site.lon, 36.2376, 43.9632) < 3


def test_a_bearing_from_a_weak_alias_town_places_it():
    places = _places("Rockets were launched from farmland 6 km north of al-Baghdadi on Sunday.")
    town = next(p for p in places.values() if "Baghdadi" in p.name)
    assert km(town.lat, town.lon, 33.8667, 42.55) < 5


def test_a_surname_weak_alias_without_a_cue_is_still_no_place():
    places = _places("Ahmed al-Baghdadi, a local official, said the road was open.")
    assert not any("Baghdadi" in name for name in places)


def test_the_regional_governments_name_is_a_body_not_the_region():
    places = _places("The Kurdistan Regional Government's interior ministry said a drone hit "
                     "a field near Erbil.")
    assert "Kurdistan Regional Government" not in places
    assert "Erbil" in places


def test_raf_home_stations_are_placed_in_britain():
    places = _places("Four jets from RAF Coningsby and a tanker from RAF Brize Norton flew to "
                     "Cyprus on Monday.")
    assert km(places["RAF Coningsby"].lat, places["RAF Coningsby"].lon, 53.09, -0.17) < 5
    assert km(places["RAF Brize Norton"].lat, places["RAF Brize Norton"].lon, 51.75, -1.58) < 5


def test_reported_iraq_syria_border_localities_are_known():
    places = _places("A strike hit a depot in Hatla, and a rocket fell in Husaybah on Tuesday.")
    assert places["Hatla"].country == "Syria"
    assert places["Husaybah"].country == "Iraq"


def test_al_hamdan_needs_a_cue_as_hamdan_is_a_given_name():
    assert not any("Hamdan" in n for n in _places("Sheikh Hamdan opened the fair on Monday."))
    places = _places("A drone struck a command post near al-Hamdan on Monday.")
    assert any("Hamdan" in n for n in places)


def test_a_village_located_in_brackets_by_bearing_is_placed_at_the_town():
    places = _places("Russian troops advanced near Zorianivka (east of Kupiansk) on Monday.")
    village = places["Zorianivka"]
    kupiansk = places["Kupiansk"]
    assert km(village.lat, village.lon, kupiansk.lat, kupiansk.lon) < 1


def test_a_bracketed_bearing_after_a_demonym_places_nothing():
    places = _places("The strike was claimed by Russian (near Kupiansk) units, officials said.")
    assert "Russian" not in places
