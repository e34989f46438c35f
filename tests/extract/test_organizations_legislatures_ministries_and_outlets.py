"""Organizations: a legislature and its panels as letters and hearings name them, the Kurdish
ministry over the Peshmerga, an emir's office, regional news agencies, and words that only look
like bodies (a question's verb, a service owning its staff). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _orgs(text: str) -> set[str]:
    facts = draft_briefing(Article(text=text), published="2026-02-02").facts
    return {o.name for o in facts.organizations}


@pytest.mark.parametrize("text, name", [
    ("United States Senate\n\nWe write to ask about the drone attacks in Iraq.",
     "United States Senate"),
    ("The Senate Committee on Armed Services will hear the general on Tuesday.",
     "Senate Armed Services Committee"),
    ("An official at the Ministry of Peshmerga Affairs said two brigades had merged.",
     "Ministry of Peshmerga Affairs"),
    ("The Peshmerga ministry said the new brigades were ready.",
     "Ministry of Peshmerga Affairs"),
    ("The emir received a call from the king, the Amiri Diwan said.", "Amiri Diwan"),
    ("Local officials told Kurdistan24 that nobody was hurt in the blast.", "Kurdistan24"),
    ("One lawmaker on parliament's security and defence committee said the vote was delayed.",
     "parliament's security and defence committee"),
])
def test_legislatures_panels_ministries_and_agencies_are_organizations(text, name):
    assert name in _orgs(text)


def test_the_peshmerga_ministry_is_not_read_as_the_force_alone():
    assert "Peshmerga" not in _orgs("The Ministry of Peshmerga Affairs issued a statement.")


@pytest.mark.parametrize("text, wrong", [
    ("Does the Department plan to move the batteries before summer?", "Does the Department"),
    ("The drones fell in the desert, the Army's General Staff said in a statement.", "Army"),
])
def test_a_questions_verb_and_a_service_owning_its_staff_are_no_organizations(text, wrong):
    assert wrong not in _orgs(text)


def test_the_armys_missile_defence_command_is_one_body_not_the_army_and_a_command():
    orgs = _orgs("The general who heads U.S. Army Space and Missile Defense Command spoke "
                 "to reporters about interceptor stocks.")
    assert "U.S. Army Space and Missile Defense Command" in orgs
    assert "U.S. Army" not in orgs and "Space and Missile Defense Command" not in orgs


def test_a_governorate_speaking_through_its_spokesman_is_an_organization_not_a_place():
    facts = draft_briefing(Article(text='"Only a shed burned," said Karwan Aziz, spokesman for '
                                        "the Duhok governorate."), published="2026-02-02").facts
    assert "Duhok governorate" in {o.name for o in facts.organizations}
    assert not any("Duhok" in p.name for p in facts.places)
