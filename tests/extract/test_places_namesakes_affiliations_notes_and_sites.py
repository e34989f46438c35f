"""Places: a country named in a dateline picks no village abroad over a well-known city; a
writer's institution and a note's sourcing are no places of the report; named bases and depots
the gazetteer lacks are placed by the town they lie in or are named after; a clock time's zone
is no place. Every sentence is written for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    return {p.name: p for p in draft_briefing(Article(text=text),
                                              published="2026-11-30").facts.places}


def test_a_port_spelled_as_the_known_city_stays_in_its_country_beside_a_dateline():
    places = _places("ADEN, Yemen -- A missile hit a freighter in the Red Sea on Tuesday.\n\n"
                     "The freighter, sailing from Aqaba to Mumbai with grain, was struck west "
                     "of Hodeidah, the operator said.")
    assert places["Aqaba"].country == "Jordan"


def test_the_village_of_a_name_still_goes_to_the_country_the_text_names():
    places = _places("Two drones crossed from Syria into Jordan on Sunday. Debris fell on a "
                     "farm near the village of Sabha, injuring two civilians.")
    assert places["Sabha"].country == "Jordan"


def test_an_author_affiliation_gives_no_place():
    places = _places("Drones and the bases\n\nRana Haddad (American University of Beirut) and "
                     "Tom Price (University of Leeds)\n\nAbstract: Drones struck bases in Iraq "
                     "and Syria in 2025, killing 3 soldiers at Tower 22.")
    assert "Beirut" not in places and "Leeds" not in places
    assert "Tower 22" in places


def test_a_strike_on_a_university_still_places_its_city():
    places = _places("A drone struck the American University of Beirut campus on Monday, "
                     "wounding two guards.")
    assert "Beirut" in places


def test_a_place_only_in_numbered_notes_is_no_place_of_the_report():
    places = _places("Drones struck Tower 22 in Jordan in January 2024, killing 3 soldiers.1\n\n"
                     "Notes\n\n1. Interview, Erbil, 9 April 2026.\n\n2. Statement, Amman, 2025.")
    assert "Erbil" not in places
    assert "Tower 22" in places


def test_a_table_column_called_notes_keeps_its_places():
    places = _places("Installation\n\nCountry\n\nNotes\n\nAl Udeid Air Base\n\nQatar\n\n"
                     "Forward headquarters\n\nCamp Arifjan\n\nKuwait\n\nArmy staging")
    assert "Al Udeid Air Base" in places and "Camp Arifjan" in places


def test_an_unknown_air_base_is_placed_at_the_town_it_lies_in():
    places = _places("One missile was fired toward Prince Talal Air Base in Khamis Mushait "
                     "and was intercepted before reaching it.")
    base = places["Prince Talal Air Base"]
    assert base.kind == "installation" and base.country == "Saudi Arabia"
    assert abs(base.lat - 18.3) < 0.2


def test_a_town_with_an_abbreviated_state_ending_a_sentence_is_placed():
    places = _places("WHERE:\n\nThe parade field, 7 Main St., Anniston, Ala. In case of rain, "
                     "the ceremony moves to the drill hall.")
    assert "Anniston" in places


def test_a_countrys_code_after_a_clock_time_is_a_time_zone():
    places = _places("The statement was issued in Riyadh at 01:14 a.m. KSA on Monday after "
                     "missiles were fired at Jazan.")
    assert "Saudi Arabia" not in places and "KSA" not in places
