"""Places: north-east Syria's towns under their Kurdish names, UAE towns and landmarks a
Gulf report names, a city that counts only with its article, and a capital standing for
the government that is addressed or comments. Every sentence is written for these tests."""

from __future__ import annotations

from tests.extract.drafting import article_facts


def _places(text: str) -> dict:
    facts = article_facts(text, "2025-03-02")
    return {p.name: p for p in facts.places}


def test_kurdish_town_names_in_north_east_syria_are_placed_in_syria():
    places = _places("Artillery fire hit two farms outside Dêrik and a checkpoint east of "
                     "Tirbespiyê on Friday, a local council said.")
    assert places["Dêrik"].country == "Syria"
    assert abs(places["Dêrik"].lon - 42.14) < 0.1
    assert places["Tirbespiyê"].country == "Syria"


def test_a_kurdish_name_without_its_marks_is_the_same_town():
    places = _places("Residents of Zirgan said shells landed near the grain silos overnight.")
    assert places["Zirgan"].country == "Syria"


def test_uae_towns_and_the_renamed_abu_dhabi_airport_are_placed():
    places = _places("Debris fell near Al Ruwais and in Khalifa City, while flights at "
                     "Zayed International Airport kept to schedule.")
    assert places["Al Ruwais"].country == "United Arab Emirates"
    assert places["Khalifa City"].country == "United Arab Emirates"
    assert places["Zayed International Airport"].precision == "installation"


def test_a_city_that_needs_its_article_counts_only_with_it():
    assert "Al Ain" in _places("Sirens were heard in Al Ain before dawn, residents said.")
    places = _places("Villagers draw water from Ain Kawa Spring outside town, a farmer said.")
    assert not any(p.country == "United Arab Emirates" for p in places.values())


def test_a_south_lebanon_village_is_placed_under_its_french_spelling():
    places = _places("Jets struck a house in Kfar Roummane at dusk, Lebanese media said.")
    assert places["Kfar Roummane"].country == "Lebanon"


def test_a_capital_that_is_asked_or_has_not_commented_is_no_place():
    places = _places("Kuwait is asking Washington for more radars. Washington has not "
                     "commented on the request, a diplomat in Kuwait City said.")
    assert "Washington" not in places
    assert "Kuwait City" in places


def test_a_capital_said_to_bear_blame_is_no_place():
    places = _places("Officials in Baghdad say Washington bears the blame for the raid.")
    assert "Washington" not in places


def test_a_country_quoted_as_the_one_who_cannot_act_is_no_place():
    places = _places('A minister told reporters that the United States "cannot strike '
                     'at will" inside Iraq.')
    assert "United States" not in places


def test_a_capital_where_a_meeting_happens_stays_a_place():
    places = _places("Iraqi and American officials met in Washington on Monday to discuss "
                     "the withdrawal.")
    assert "Washington" in places
