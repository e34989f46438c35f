"""Places: an oil benchmark named once as crude is the benchmark everywhere in the report; an
acronym in brackets inside a base's name; "in the X district" as a cue for a name that is also
a surname; share prices quoted in a city are no deployment there. Sentences written for these
tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.geo.towns import km
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    facts = draft_briefing(Article(text=text), published="2026-03-04").facts
    return {p.name: p for p in facts.places}


def test_a_benchmark_named_as_crude_is_no_place_in_a_headline_bullet_either():
    text = ("Oil jumps after tanker attack\n\n- Brent jumps as shipping insurers pull cover\n\n"
            "Brent crude gained 3% to $84 a barrel after a drone hit a tanker off Fujairah "
            "on Tuesday, traders said.")
    places = _places(text)
    assert not any("Brent" in name for name in places)
    assert "Fujairah" in places


def test_a_city_named_like_a_grade_is_still_the_city_after_a_place_word():
    text = ("Basra Heavy crude traded lower on Monday as loadings slowed.\n\n"
            "Two rockets landed near an oil company compound in Basra overnight, police said.")
    assert "Basra" in _places(text)


def test_a_base_name_with_its_acronym_in_brackets_is_one_place():
    text = ("Sailors at Naval Support Activity (NSA) Bahrain were ordered into shelters on "
            "Sunday night as sirens sounded across Manama.")
    place = next(p for name, p in _places(text).items() if "Naval Support" in name)
    assert km(place.lat, place.lon, 26.21, 50.61) < 25


def test_in_the_named_district_places_a_name_that_is_also_a_surname():
    text = ("Mortar rounds fell in the al-Baghdadi district late on Friday, wounding a "
            "shepherd, a police officer in western Iraq said.")
    place = next(p for name, p in _places(text).items() if "Baghdadi" in name)
    assert km(place.lat, place.lon, 33.87, 42.55) < 25


def test_a_share_price_quoted_in_a_city_is_no_reinforcement_of_it():
    text = ("Militias fired drones at a base in Kuwait on Monday.\n\n"
            "Shares of the company, which builds the Patriot, rose 2.4% in Frankfurt on "
            "Tuesday, while its rival gained 1%.")
    place = _places(text).get("Frankfurt")
    assert place is None or place.role != "reinforcement"


def test_a_patriot_battery_sent_to_a_city_still_reinforces_it():
    text = "The Army sent a Patriot battery to Erbil last week after repeated drone attacks."
    assert _places(text)["Erbil"].role == "reinforcement"


def test_sites_listed_in_brackets_after_a_shared_head_are_each_that_site():
    text = ("The advisory covers Kuwaiti ports (Shuwaikh and Mubarak Al-Kabeer) and ships "
            "at anchor off Bubiyan Island.")
    place = next(p for name, p in _places(text).items() if "Mubarak" in name)
    assert km(place.lat, place.lon, 29.85, 48.27) < 25  # the port, not the governorate
