"""A leader's office ("the Iraqi Prime Minister's office") and a government's mission named
"Representation in X" are bodies; a company described between commas right after its one-word
name is one too. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-10", "Regional security brief")


def _organizations(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in DRAFTS.facts(text).organizations}


def test_a_leaders_office_is_a_body_with_its_other_spelling():
    got = _organizations("A spokesman for the Iraqi Prime Minister's office said an inquiry "
                         "had opened. The office of the Iraqi Prime Minister gave no date.")
    assert "Iraqi Prime Minister's office" in got
    assert "office of the Iraqi Prime Minister" in got["Iraqi Prime Minister's office"]


def test_a_representation_in_a_capital_is_a_body():
    got = _organizations("Diplomats assured the KRG Representation in Washington that the "
                         "air defences would stay.")
    assert "KRG Representation in Washington" in got


def test_a_one_word_name_described_as_a_company_is_a_body():
    got = _organizations("Tarvanet, the national water company, said its main line was not "
                         "damaged in the strike.")
    assert "Tarvanet" in got


def test_a_day_or_a_place_before_the_description_is_no_body():
    got = _organizations("On Tuesday, the company said the line was repaired. The ship "
                         "reached Djibouti, the company said on Friday.")
    assert not {"Tuesday", "Djibouti"} & set(got)
