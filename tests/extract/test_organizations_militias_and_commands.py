"""Organizations: Iraq's smaller Iran-aligned militias, the Army's component of CENTCOM, and a
head of government's office cited as a source. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.extract.known_organizations import armed_group
from briefdeck.ingest.article import Article


def _orgs(text: str) -> set[str]:
    facts = draft_briefing(Article(text=text), published="2025-05-02").facts
    return {o.name for o in facts.organizations}


@pytest.mark.parametrize("text, name", [
    ("Envoys met leaders of Kataib Sayyid al-Shuhada and other factions in Baghdad.",
     "Kataib Sayyid al-Shuhada"),
    ("An Army Central spokesperson said the battalion would reach Kuwait in May.",
     "U.S. Army Central"),
    ("ARCENT moved two companies to the border on Thursday.", "U.S. Army Central"),
    ("According to a statement from the prime minister's office, the talks resume Monday.",
     "prime minister's office"),
])
def test_these_bodies_are_organizations(text, name):
    assert name in _orgs(text)


def test_the_smaller_militias_are_armed_groups():
    assert armed_group("Kataib Sayyid al-Shuhada") == "Kataib Sayyid al-Shuhada"


def test_central_command_is_not_army_central():
    assert "U.S. Army Central" not in _orgs("U.S. Central Command said the strike hit a depot.")
