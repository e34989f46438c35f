"""Organizations named as a house style or a region's press writes them. Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest
from tests.extract.drafting import article_facts


def _orgs(text: str) -> set[str]:
    facts = article_facts(text, "2025-05-02")
    return {o.name for o in facts.organizations}


def test_british_spelling_nato_is_the_alliance():
    assert "NATO" in _orgs("Nato allies agreed on Thursday to send more air-defence radars.")


@pytest.mark.parametrize("spelling", ["Asayish", "Asayesh"])
def test_kurdish_internal_security_is_an_organization(spelling):
    assert "Asayish" in _orgs(f"The {spelling} detained two men near the checkpoint on Sunday.")


def test_the_isis_newsletter_is_an_organization():
    assert "al-Naba" in _orgs("The group's weekly al-Naba listed the raid among its operations.")


def test_a_numbered_local_outlet_is_an_organization():
    assert "Deir Ezzor 24" in _orgs("Deir Ezzor 24 reported that the road was closed for hours.")
