"""Organizations: British parties, IOM's displacement tracker, Jordan's military by its
initials, a consulate that speaks or serves, and a relief sector's heading that is no body.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _orgs(text: str) -> dict[str, list[str]]:
    facts = draft_briefing(Article(text=text), published="2026-03-02").facts
    return {o.name: o.aliases for o in facts.organizations}


def test_a_british_party_calling_on_the_government_is_an_organization():
    assert "Liberal Democrats" in _orgs("The Liberal Democrats called for a statement to "
                                        "parliament on the RAF deployment.")


def test_the_displacement_tracking_matrix_is_a_body_of_its_own():
    orgs = _orgs("The International Organization for Migration's Displacement Tracking Matrix "
                 "(DTM) recorded 12,000 people newly displaced.")
    assert "Displacement Tracking Matrix" in orgs
    assert "International Organization for Migration" in orgs


def test_jordans_military_by_its_initials_in_a_trackers_source_column():
    text = ("2026-03-01\tTower 22 area\tInterception\tUAS\t0\t0\tJAF statement (Petra)\tHigh\n"
            "2026-03-02\tAzraq\tInterception\tUAS\t0\t0\tOpen source (X)\tLow\n")
    assert "Jordan Armed Forces" in _orgs(text)


def test_initials_in_brackets_after_a_toll_are_whose_toll_not_a_definition():
    text = ("22:15 Petra carries a statement: three drones crossed the border.\n\n"
            "22:18 So the toll is now 0 killed / 3 wounded (JAF).\n\n"
            "06:40 JAF spokesman says one of the wounded airmen died.")
    assert "Jordan Armed Forces" in _orgs(text)


@pytest.mark.parametrize("text", [
    "The U.S. Consulate General in Erbil is not aware of any injuries to U.S. citizens.",
    "Routine services are suspended; citizens should contact the U.S. Consulate General in "
    "Erbil.",
])
def test_a_consulate_that_speaks_or_serves_is_an_organization(text):
    assert "U.S. Consulate General in Erbil" in _orgs(text)


def test_a_relief_sectors_heading_is_no_body():
    text = ("Repairs to the station need a pause in hostilities.\n\nFood Security\n\n"
            "The World Food Programme (WFP) reached 19,000 displaced people.")
    orgs = _orgs(text)
    assert "Food Security" not in orgs and "World Food Programme" in orgs
