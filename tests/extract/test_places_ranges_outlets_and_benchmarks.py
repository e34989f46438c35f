"""Places: mountain ranges, wadis and islands of the region; and words that look like towns but
name a news agency, an oil benchmark, a senator or a person's long Arabic name. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.geo.towns import km
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    facts = draft_briefing(Article(text=text), published="2026-02-02").facts
    return {p.name: p for p in facts.places}


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Iraqi troops swept caves in the Hamrin Mountains on Sunday.", "Hamrin Mountains",
     34.6, 44.5),
    ("Militants still hide along the Hamrin range, officials say.", "Hamrin range", 34.6, 44.5),
    ("Peshmerga units searched the Qarachogh mountains near Makhmur.", "Qarachogh mountains",
     35.85, 43.45),
    ("Aircraft bombed a hideout in the Jabal al-Bishri area overnight.", "Jabal al-Bishri",
     35.4, 39.3),
    ("Jets struck tunnels in Wadi Houran, deep in the Anbar desert.", "Wadi Houran", 33.45,
     41.5),
    ("A drone was downed over the sea east of Bubiyan Island.", "Bubiyan Island", 29.82, 48.22),
    ("Police found a rocket launcher near the village of Batas.", "Batas", 36.56, 44.38),
])
def test_ranges_valleys_islands_and_villages_of_the_region_are_placed(text, name, lat, lon):
    place = _places(text)[name]
    assert km(place.lat, place.lon, lat, lon) < 25


def test_the_damascus_countryside_is_shown_at_damascus_which_it_surrounds():
    place = _places("Security forces arrested two cell members in the Damascus countryside.")
    assert km(place["Damascus countryside"].lat, place["Damascus countryside"].lon,
              33.51, 36.29) < 25


def test_a_towns_hospital_places_the_town():
    places = _places("In Kuwait, two wounded guards were taken to Al-Jahra Hospital "
                     "after the blast.")
    assert "Al-Jahra" in places


@pytest.mark.parametrize("text, word", [
    ("Source: Xinhua\n\nA police officer told Xinhua that a truck was burned.", "Xinhua"),
    ("Brent crude futures rose 40 cents after the attack on the terminal.", "Brent"),
    ('Sen. Ada Beaumont (D-Maine) wrote to the Pentagon. "Act now," Beaumont said.',
     "Beaumont"),
    ("The emir, Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, met the envoy.", "Ahmad al-Jaber"),
    ("United States Senate\n\nWe write about the attacks on troops in Syria.",
     "United States"),
])
def test_names_of_agencies_benchmarks_senators_and_people_are_no_places(text, word):
    assert not any(word.casefold() in name.casefold() for name in _places(text))


def test_a_region_is_shown_by_its_fullest_name_in_the_report():
    places = _places("Convoys Leave Kurdistan\n\nTrucks crossed from the Kurdistan Region "
                     "into Syria on Monday.")
    assert "Kurdistan Region" in places and "Kurdistan" not in places


def test_a_hospital_named_like_a_town_in_a_country_not_in_the_report_is_no_place():
    places = _places("Kuwait said two workers were hurt. They remain in Adan Hospital.")
    assert "Adan" not in places and "Aden" not in places


@pytest.mark.parametrize("text, lat, lon", [
    ("Trucks left Erbil and entered Syria through the al-Waleed crossing, bound for the "
     "Rumalyn base in Hasakah.", 37.1, 42.37),
    ("The US garrison at al-Tanf lies close to the al-Waleed crossing.", 33.39, 38.78),
])
def test_a_crossing_sharing_its_name_is_placed_by_the_sites_around_it(text, lat, lon):
    place = next(p for name, p in _places(text).items() if "Waleed" in name)
    assert km(place.lat, place.lon, lat, lon) < 25
