"""Organizations: a legislature's standing panel named "Committee on ...", a province's police
speaking through its spokesman, and a country's body written as its initials after the
country's adjective. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _orgs(text: str) -> set[str]:
    facts = draft_briefing(Article(text=text), published="2025-05-02").facts
    return {o.name for o in facts.organizations}


@pytest.mark.parametrize("text, name", [
    ("The report was sent to the Committee on Armed Services before the vote.",
     "Committee on Armed Services"),
    ("Nineveh police spokesman Colonel Adil Mahmoud said two suspects were held.",
     "Nineveh police"),
    ("The Syrian MoD said its air defences engaged the drones at dawn.", "Syrian MoD"),
])
def test_these_bodies_are_organizations(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text, absent", [
    ("The committee on Tuesday approved the budget for the base.", "committee on Tuesday"),
    ("The Iraqi PM said the talks would resume in Baghdad.", "Iraqi PM"),
])
def test_these_are_not_organizations(text, absent):
    assert absent not in _orgs(text)
