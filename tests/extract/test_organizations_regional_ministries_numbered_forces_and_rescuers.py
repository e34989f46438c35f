"""Organizations: a federal state's or province's own ministry written in lower case, forces
known by a bare number, the civil defence service acting through its crews or authorities, and
"the MoD" speaking as the ministry of defence, a "Council on ..." named for its field, the
Kurdistan Region's ruling parties and the Peshmerga as two words. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _orgs(text: str) -> dict[str, list[str]]:
    facts = draft_briefing(Article(text=text), published="2025-06-10").facts
    return {o.name: o.aliases for o in facts.organizations}


@pytest.mark.parametrize("text, name", [
    ("The Kassala State health ministry said three nurses were hurt when the clinic was hit.",
     "Kassala State health ministry"),
    ("Later the Nineveh province education ministry closed the schools near the camp.",
     "Nineveh province education ministry"),
    ("The brigade's men serve beside units of the 70 Forces near the checkpoint.", "70 Forces"),
    ("Two bodies were recovered from the collapsed school by Civil Defence teams on Sunday.",
     "Civil Defence"),
    ("Civil defence authorities said the fire at the warehouse was out by midnight.",
     "Civil Defence"),
    ("No British personnel were hurt in the attack, the MoD said on Friday.",
     "Ministry of Defence"),
    ("According to the Council on Foreign Relations, the fleet has shrunk since 2015.",
     "Council on Foreign Relations"),
    ("The Patriotic Union of Kurdistan accused Ankara of the strike near Sulaymaniyah.",
     "Patriotic Union of Kurdistan"),
    ("Officials of the KDP met the delegation in Erbil on Monday.",
     "Kurdistan Democratic Party"),
    ("A pesh merga commander said the drone came down in a field.", "Peshmerga"),
])
def test_these_bodies_are_organizations(text, name):
    assert name in _orgs(text)


def test_the_mod_is_an_alias_of_the_ministry_it_stands_for():
    orgs = _orgs("The Ministry of Defence sent two jets. Both returned safely, the MOD said.")
    assert list(orgs) == ["Ministry of Defence"]
    assert "MOD" in orgs["Ministry of Defence"]


@pytest.mark.parametrize("text, absent", [
    # a ministry named after no place: the adjective is not a region's name
    ("The Federal State health ministry has yet to publish its figures.",
     "Federal State health ministry"),
    # a count of forces, not a unit's number
    ("He said 40 Forces veterans attended the ceremony in the capital.", "40 Forces"),
    # a country's service named with its country keeps the whole name
    ("Rescuers from the Syria Civil Defence dug through the night.", "Civil Defence"),
    # "MoD" with its country before it is that country's ministry
    ("The UK MoD said the patrol ended without incident.", "Ministry of Defence"),
    # a statement not yet made names no speaker
    ("We will hold the story until the MoD says more about the crash.", "Ministry of Defence"),
    # a council meeting on a day is no council named for its field
    ("The Security Council on Monday renewed the mission.", "Security Council on Monday"),
])
def test_these_are_no_such_bodies(text, absent):
    assert absent not in _orgs(text)
