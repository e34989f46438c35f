"""Places: a country that opens its sentence as the one who acts, an embassy that speaks,
and valleys and mountains named the Arabic way. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.geo.towns import km
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    facts = draft_briefing(Article(text=text), published="2025-05-02").facts
    return {p.name: p for p in facts.places}


@pytest.mark.parametrize("text, country", [
    ("The United States plans to shrink its garrison at the base in Erbil next year.",
     "United States"),
    ("Turkey and Iraq agreed on Tuesday to open a new crossing near Zakho.", "Turkey"),
    ("WASHINGTON (Wire) - The United States said it would keep troops in Erbil.",
     "United States"),
])
def test_a_country_opening_its_sentence_as_the_one_who_acts_is_no_place(text, country):
    assert country not in _places(text)


def test_a_country_where_something_happens_is_still_a_place():
    assert "Jordan" in _places("Two drones were shot down over Jordan on Friday night.")


def test_an_embassy_speaking_is_not_drafted_as_the_compound():
    text = ('US Embassy Baghdad (X, 3 May): "We are following the reports of rocket fire."\n\n'
            "Rockets landed near Baghdad airport overnight.")
    assert "US Embassy Baghdad" not in _places(text)


def test_an_embassy_under_fire_is_a_place():
    text = "Three rockets landed inside the U.S. Embassy in Baghdad compound late on Sunday."
    assert any("Embassy" in name for name in _places(text))


def test_unknown_wadi_is_placed_at_the_town_the_text_puts_it_near():
    places = _places("Iraqi jets bombed a cave complex in Wadi Karha, south of Kirkuk, on Monday.")
    wadi, kirkuk = places["Wadi Karha"], places["Kirkuk"]
    assert km(wadi.lat, wadi.lon, kirkuk.lat, kirkuk.lon) < 1


def test_known_valley_south_west_of_kirkuk_is_placed():
    wadi = _places("An air strike in Wadi al-Shai killed three militants, the army said.")[
        "Wadi al-Shai"]
    assert km(wadi.lat, wadi.lon, 35.15, 44.25) < 25


def test_a_country_keeping_troops_elsewhere_is_an_actor_there_and_the_host_stays_a_place():
    places = _places("France had about 1,000 troops in Chad before the pullout began.")
    assert "France" not in places and "Chad" in places
