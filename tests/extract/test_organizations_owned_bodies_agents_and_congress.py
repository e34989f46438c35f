"""Organizations: a body named as part of a known one ("the General Command of the JAF"), a
passive's agent ("shown by the Israeli military"), Congress and the National Guard. Places: a
weak alias before a district's word. Every sentence here is written for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _orgs(text: str) -> dict[str, list[str]]:
    facts = draft_briefing(Article(text=text), published="2026-03-02").facts
    return {o.name: o.aliases for o in facts.organizations}


def _places(text: str) -> list[str]:
    facts = draft_briefing(Article(text=text), published="2026-03-02").facts
    return [p.name for p in facts.places]


def test_a_body_of_a_known_one_is_drafted_as_written_and_its_short_form_folds_in():
    orgs = _orgs("The General Command of the JAF said a patrol stopped four men near Mafraq. "
                 "The General Command said the army would respond with force. The JAF added "
                 "that no soldiers were hurt.")
    assert orgs["General Command of the JAF"] == ["General Command"]
    assert "Jordan Armed Forces" in orgs


def test_a_passive_agent_written_by_its_country_is_a_body():
    orgs = _orgs("The drone came down at sea, and its tail was shown by the Israeli military "
                 "on 3 March.")
    assert "Israeli military" in orgs


def test_an_adjective_military_after_by_the_is_no_body():
    orgs = _orgs("The talks were led by the Israeli military delegation on Monday.")
    assert "Israeli military" not in orgs


def test_congress_asked_for_money_is_a_body_but_not_a_library_or_a_party():
    assert "Congress" in _orgs("The Navy asked Congress for $2 billion to replace missiles.")
    orgs = _orgs("A copy sits in the Library of Congress. The Indian National Congress won.")
    assert "Congress" not in orgs


def test_the_national_guard_named_bare_is_a_body():
    orgs = _orgs("The drill was held with the civil defence and the National Guard on Sunday.")
    assert "National Guard" in orgs


def test_a_weak_alias_before_a_district_word_is_the_place():
    assert "al-Baghdadi" in _places("Five rockets were fired from the area of al-Baghdadi "
                                    "district toward the air base.")
    assert _places("Abu Bakr al-Baghdadi district commanders were named.") == []
