"""A letterhead company keeps only its own offices (never a council or a guard that shares its
first word), a country's code after a count is no time zone, and a place-based compound says
where a wounded group is, not whose. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-04", "Security alert")


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in DRAFTS.facts(text).organizations}


def test_a_letterhead_company_keeps_a_council_sharing_its_first_word_apart():
    orgs = _orgs("GULF STAR LOGISTICS\n\nThree Gulf Star drivers were hurt when a drone hit the "
                 "depot on Friday. The Gulf Cooperation Council condemned the strike, and the "
                 "Gulf Star Operations Centre closed the gate.")
    assert "Gulf Cooperation Council" in orgs
    assert "Gulf Cooperation Council" not in orgs.get("Gulf Star Logistics", [])
    assert "Gulf Star Operations Centre" not in orgs


def test_a_letterhead_company_keeps_national_bodies_apart():
    orgs = _orgs("NATIONAL PIPELINE SERVICES\n\nShells hit the pumping station on Friday. The "
                 "National Security Council was briefed, a National Pipeline engineer said.")
    assert "National Security Council" in orgs


def _places(text: str) -> list[str]:
    return [p.name for p in DRAFTS.facts(text).places]


def test_a_country_code_after_a_count_of_troops_is_whose_they_are():
    places = _places("London will send 2,500 UK and 400 Danish troops to Latvia, the ministry "
                     "said on Friday.")
    assert "United Kingdom" in places or "UK" in places


def test_a_country_code_after_a_clock_written_in_hours_is_still_a_time_zone():
    places = _places("Sirens sounded in Dhahran at 0300 hrs KSA on Friday, the ministry said.")
    assert "Saudi Arabia" not in places and "KSA" not in places


def _parties(text: str) -> list[str]:
    return [c.party for e in DRAFTS.facts(text).events for c in (e.casualties or [])]


def test_a_place_based_contingent_is_the_coalitions_not_the_places():
    parties = _parties("A rocket hit the Harir base on Friday, wounding four members of the "
                       "Kurdistan Region-based coalition contingent, officials said.")
    assert "Kurdish" not in parties and "Coalition" in parties


def test_a_dotted_backer_before_the_coalition_still_names_the_coalition():
    parties = _parties("Rockets hit the base on Friday, wounding two members of the U.S.-led "
                       "coalition, officials said.")
    assert parties == ["Coalition"]
