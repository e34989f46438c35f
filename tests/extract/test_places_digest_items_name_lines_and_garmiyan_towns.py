"""Places: a digest item's place after its date ("26/11 - X:"), a place's word as a middle
name on a commenter's line, a capital whose will is reported, the hospital towns of Garmiyan
and Sulaimani under its Kurdish spelling, Karachi's port district and the Litani. Every
sentence is written for these tests."""

from __future__ import annotations

from tests.extract.drafting import article_facts


def _places(text: str) -> dict:
    facts = article_facts(text, "2026-11-30")
    return {p.name: p for p in facts.places}


def test_a_village_heading_a_dated_digest_item_is_placed():
    places = _places("Fighting continued in Syria this week.\n\n"
                     "25/11 - Al-Busayrah: gunmen fired on a checkpoint; no one was hurt.\n")
    assert abs(places["Al-Busayrah"].lat - 35.16) < 0.1
    assert places["Al-Busayrah"].country == "Syria"


def test_a_place_word_between_a_given_name_and_a_surname_on_its_own_line_is_no_place():
    places = _places("A roadside bomb wounded two soldiers near Kifri in Iraq.\n\n"
                     "Comments\n\nDara Hama Aziz\nStay strong, heroes.\n")
    assert "Hama" not in places
    assert "Kifri" in places


def test_a_capital_said_to_be_unwilling_is_its_government():
    places = _places("The swift reply shows that Washington is unwilling to let the "
                     "shipping attacks in the Red Sea resume.")
    assert "Washington" not in places


def test_garmiyan_towns_named_by_their_hospitals_and_sulaimani_are_placed():
    places = _places("The wounded soldiers were taken to Kalar General Hospital; one later "
                     "died in Sulaimani. A patrol was hit near Qara Tapa last week.")
    assert abs(places["Kalar"].lon - 45.32) < 0.1
    assert abs(places["Sulaimani"].lat - 35.56) < 0.1
    assert abs(places["Qara Tapa"].lat - 34.42) < 0.1


def test_karachis_port_district_and_the_litani_are_placed():
    places = _places("The sailor, from Keamari in Karachi, was buried on Monday. In Lebanon, "
                     "troops moved south of the Litani river.")
    assert abs(places["Keamari"].lat - 24.82) < 0.1
    assert abs(places["Litani river"].lon - 35.25) < 0.1


def test_a_village_beside_khasham_is_placed():
    places = _places("Helicopters circled over Khasham and Al-Tabiyah in Syria until dawn.")
    assert abs(places["Al-Tabiyah"].lon - 40.32) < 0.1
