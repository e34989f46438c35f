"""Organizations: ship managers, a news agency's desk, a mission cited with its seat, the
coalition as written, bodies every Iraq or Red Sea report cites. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from tests.extract.drafting import article_facts


def _orgs(text: str) -> dict[str, list[str]]:
    facts = article_facts(text, "2025-03-04")
    return {o.name: o.aliases for o in facts.organizations}


@pytest.mark.parametrize("name", ["Orion Tanker Management", "Kestos Bulk Management",
                                  "Delta Ship Management"])
def test_a_ship_manager_is_an_organization(name):
    text = f"The vessel's manager, Piraeus-based {name}, said the crew was safe."
    assert name in _orgs(text)


def test_management_alone_does_not_make_a_firm():
    assert not any("Management" in n for n in _orgs(
        "The Crisis Management plan was reviewed on Monday, officials said."))


def test_a_news_agencys_desk_is_no_organization():
    text = ("According to Tasnim News Agency's Politics Desk, the drones flew from Iraq. "
            "A commander told the Politics Desk of Tasnim that more would follow.")
    orgs = _orgs(text)
    assert not any("Desk" in n for n in orgs)
    assert "Tasnim News Agency" in orgs


def test_an_embassy_cited_with_its_seat_is_one_organization():
    orgs = _orgs("Two sailors were Pakistani, per the Pakistani embassy in Muscat.")
    assert "Pakistani embassy in Muscat" in orgs


def test_the_coalition_keeps_the_words_the_report_wrote():
    orgs = _orgs("Baghdad wants the mission of the international coalition to end next year.")
    assert "international coalition" in orgs["Coalition"]


@pytest.mark.parametrize("text, name", [
    ("The attack was claimed by a group linked to Da'esh, the envoy said.", "Islamic State"),
    ("The decision of the government of Iraq angered the armed factions.", "Government of Iraq"),
    ("The maritime firm Ambrey said a second vessel reported an explosion.", "Ambrey"),
    ("The minister informed the House of Representatives by letter on Friday.",
     "House of Representatives"),
    ("One rocket hit a house, the Iraqi security media cell said.", "Security Media Cell"),
])
def test_bodies_reports_cite_in_many_spellings(text, name):
    assert name in _orgs(text)
