"""A town's name inside something else's name or as a transcript's label is no place of the
report: a trade fair named after its city, a court's district in a case caption, a broadcaster
labelling the question it asks; and bodies read as they act, not as the law or a UN prefix
names them."""

from __future__ import annotations

from tests.extract.drafting import Drafts

_D = Drafts("2026-12-03", heading="Weekly briefing")


def _places(text: str) -> list[str]:
    return [p.name for p in _D.facts(text).places]


def _orgs(text: str) -> list[str]:
    return [o.name for o in _D.facts(text).organizations]


def test_a_trade_fair_named_after_a_city_is_no_place():
    assert not any(n.startswith("Baghdad") for n in _places(
        "The ministry will take part in the 49th Baghdad International Fair next week."))


def test_a_body_named_after_a_town_with_whose_council_it_is_is_no_place():
    assert "Kobani" not in _places("Apologies were sent by the Kobani Women's Council.")


def test_the_district_in_a_court_caption_is_no_place():
    places = _places("UNITED STATES DISTRICT COURT\n\nFOR THE DISTRICT OF COLUMBIA\n\n"
                     "Drones struck the base at Erbil.")
    assert "District of Columbia" not in places and "Erbil" in places


def test_a_broadcaster_labelling_its_question_is_no_town():
    places = _places("I will take questions.\nAl Mayadeen: On Sunday, aircraft struck a "
                     "position near al-Qaim. Who carried it out?\nSpokesperson: We condemn it.")
    assert "Al Mayadeen" not in places and "al-Qaim" in places


def test_a_legal_designation_is_no_organization():
    orgs = _orgs("Kataib Hezbollah was designated by the United States as a Foreign Terrorist "
                 "Organization in 2009.")
    assert "Foreign Terrorist Organization" not in orgs and "Kataib Hezbollah" in orgs


def test_a_un_agency_by_its_prefixed_initials_is_the_agency_alone():
    orgs = _orgs("Rania Youssef of UN OCHA said aid convoys were suspended.")
    assert "OCHA" in orgs and "United Nations" not in orgs

