"""Organizations: the UN's council and country team, Iraqi outlets cited for tolls, an
embassy written in lower case that speaks, and a general staff named after its service.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _orgs(text: str) -> dict[str, list[str]]:
    facts = draft_briefing(Article(text=text), published="2025-05-02").facts
    return {o.name: o.aliases for o in facts.organizations}


def test_the_security_council_and_the_un_country_team_are_un_bodies():
    orgs = _orgs("The Security Council will meet on Thursday, and the UN Country Team said "
                 "aid convoys had resumed in Sinjar.")
    assert "U.N. Security Council" in orgs and "U.N. Country Team" in orgs


@pytest.mark.parametrize("text", [
    "The National Security Council met in Baghdad to discuss the border.",
    "The Kurdistan Region Security Council said two drones were downed.",
])
def test_a_states_own_security_council_is_not_the_uns(text):
    assert "U.N. Security Council" not in _orgs(text)


def test_iraqi_outlets_cited_for_a_toll_are_organizations():
    orgs = _orgs("Shafaq News reported three dead near Tikrit, while Baghdad Today put the "
                 "toll at four.")
    assert "Shafaq News" in orgs and "Baghdad Today" in orgs


def test_an_embassy_in_lower_case_that_speaks_is_an_organization():
    orgs = _orgs("The Turkish embassy in Baghdad said none of its staff had been hurt.")
    assert any("embassy" in name.lower() for name in orgs)


def test_a_general_staff_named_after_its_service_is_one_body():
    orgs = _orgs("In Oman, the General Staff of the Navy said a patrol boat had been towed.")
    assert "General Staff of the Navy" in orgs and "Navy" not in orgs
