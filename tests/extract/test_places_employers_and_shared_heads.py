"""An employer's seat, an Army officer's service suffix, two sites sharing one plural head
noun, and the fullest name of a site. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Gulf update")


def _places(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_the_city_of_an_analysts_institute_is_no_place_of_the_report():
    places = _places("Drones were shot down over Kuwait on Monday. Mara Lind, a missile "
                     "researcher at the Fenwick Institute for Strategy in Paris, said the "
                     "defences had worked.")
    assert "Paris" not in places and "Kuwait" in places


def test_the_city_owning_an_analysts_university_is_no_place_of_the_report():
    places = _places("A rocket hit a depot in Basra on Sunday, said Tom Reyes, a fellow at "
                     "Berlin's Hallam University.")
    assert "Berlin" not in places and "Basra" in places


def test_an_attack_on_an_institute_in_a_city_keeps_the_city():
    places = _places("Gunmen stormed the Technical Institute in Mosul on Friday.")
    assert "Mosul" in places


def test_usa_after_an_officers_name_is_the_army_not_the_country():
    places = _places("Testimony:\nMaj. Gen. Ira Colt, USA, Director of Operations\n\n"
                     "He said a drone was shot down near Erbil in Iraq.")
    assert "USA" not in places and "Erbil" in places


def test_two_sites_sharing_a_plural_head_are_both_sites():
    places = _places("Patrols left the Harir and Ain al-Asad air bases in Iraq on Tuesday.")
    assert "Harir air base" in places and "Ain al-Asad air base" in places
    facts = DRAFTS.facts("Militias fired at the Erbil and Baghdad airports in Iraq on Friday.")
    kinds = {p.name: p.kind for p in facts.places}  # named as the sites, not the cities
    assert kinds.get("Erbil airport") == "installation"
    assert kinds.get("Baghdad airport") == "installation"


def test_an_oil_field_named_only_in_a_pair_is_found():
    places = _places("Leaving would open a gap near the al-Omar and Conoco oil fields in Syria.")
    assert "al-Omar oil field" in places


def test_a_site_takes_its_fullest_name_from_the_report():
    text = ("US troops leave Shaddadi base\n\nSoldiers handed Mission Support Site Shaddadi "
            "to Syrian forces on Monday, officials in Syria said.")
    assert "Mission Support Site Shaddadi" in _places(text)
