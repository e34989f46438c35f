"""Place words that are no place of the report: a postal address in a disclosure, an
addressee's city in a legal paper's service line, a club's name in a league table, a region
owning a body ("the Ninawa Region's Health Directorate said"). Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.extract.place_league_tables import table_team

DRAFTS = Drafts("2026-05-04", "Gulf update")


def _places(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_a_firms_postal_address_is_no_place():
    places = _places("Drones were shot down over Kuwait on Monday.\n\nThis note is for "
                     "clients only. Fenwell & Hart Capital LLC, 22 Harbour Avenue, Boston, "
                     "MA 02110.")
    assert "Boston" not in places and "Kuwait" in places


def test_a_city_with_a_zip_code_after_it_is_no_place():
    places = _places("A rocket hit a depot in Basra on Sunday.\n\nWrite to us at Box 12, "
                     "Chicago, IL 60601.")
    assert "Chicago" not in places and "Basra" in places


def test_a_city_named_in_the_story_stays_a_place():
    places = _places("Protesters marched in Boston on Sunday against the war.")
    assert "Boston" in places


def test_a_service_lines_addressee_city_is_no_place():
    places = _places("A rocket hit the camp near Baghdad on 3 May.\n\nCERTIFICATE OF SERVICE: "
                     "a copy was mailed to the Regional Claims Office, XYZ, Denver, Colorado.")
    assert "Denver" not in places and "Baghdad" in places


def test_a_clubs_name_in_a_league_table_is_no_place():
    places = _places("Sirens stopped the match in Haifa for an hour.\n\nLEAGUE TABLE\n"
                     "1. Rovers Ashdod 30 pts | 2. Dynamo Eilat 28 | 3. Olympic Tiberias 25")
    assert "Eilat" not in places and "Tiberias" not in places and "Haifa" in places


def test_a_ranked_tally_of_provinces_is_no_league_table():
    text = "Attacks by province in the table:\n1. Anbar 14 | 2. Nineveh 9 | 3. Diyala 5"
    at = text.index("Nineveh")
    assert not table_team(text, at, at + len("Nineveh"))
    club = "LEAGUE TABLE\n1. Rovers Ashdod 30 pts | 2. Dynamo Eilat 28"
    at = club.index("Eilat")
    assert table_team(club, at, at + len("Eilat"))


def test_a_region_owning_a_directorate_is_no_place():
    places = _places("Two drones were shot down near Erbil airport late Friday, the "
                     "Kurdistan Region's Counter-Terrorism Directorate said.")
    assert "Kurdistan Region" not in places and "Erbil airport" in places
