"""A bare "the Army" after one country's army is named in full is that army written short; a
quoted missile named for a country, a signal's capitalised "IRAN-ALIGNED" and a street named
for a country are not the country; a committee on a letterhead in capitals is
named. Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-03-02", heading="Regional report")


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in DRAFTS.facts(text).organizations}


def _places(text: str) -> set[str]:
    return {p.name for p in DRAFTS.facts(text).places}


def test_a_bare_army_after_a_named_army_is_its_alias():
    orgs = _orgs("The U.S. Army moved a Patriot battery to Erbil on Monday. The Army said "
                 "the Jordanian army would guard the border.")
    assert "Army" not in orgs
    assert "Army" in orgs["U.S. Army"]


def test_a_bare_army_stays_when_two_armies_are_named():
    orgs = _orgs("The Indian Army said two soldiers were killed. The Pakistan Army denied "
                 "it on Tuesday. The Army's statement gave no names.")
    assert "Indian Army" in orgs and "Pakistan Army" in orgs
    assert "Army" not in orgs["Indian Army"] and "Army" not in orgs["Pakistan Army"]


def test_a_quoted_missile_named_for_a_country_is_no_place():
    places = _places('The Houthis said they fired a "Palestine 2" missile at Eilat on Monday.')
    assert "Palestine" not in places


def test_a_signals_capitalised_aligned_group_is_no_place():
    places = _places("ROCKETS STRUCK NEAR ERBIL. ASSESS IRAN-ALIGNED MILITIA GROUP LIKELY "
                     "RESPONSIBLE.")
    assert "Iran" not in places


def test_a_street_named_for_a_country_is_no_place():
    places = _places("A drone struck a car on Palestine Street in Baghdad on Wednesday, "
                     "killing two people.")
    assert "Palestine" not in places
    assert "Baghdad" in places


def test_a_committee_on_a_letterhead_in_capitals_is_named():
    text = ("United States Senate\n\nCOMMITTEE ON ARMED SERVICES\n\nMarch 1, 2026\n\n"
            "Dear Secretary,\n\nWe write about the drone attacks on bases in Iraq and Syria "
            "this winter, which wounded 12 service members.\n")
    assert "Committee on Armed Services" in _orgs(text)
