"""A place struck only in a report the article denies keeps the role "mentioned"."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-25", "Security update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_a_denied_report_of_a_strike_sets_no_attack_target():
    roles = _roles("Militia drones struck Erbil on Monday, wounding two soldiers. The Guards "
                   "denied reports that a drone hit Harir Air Base on Sunday.")
    assert roles.get("Erbil") == "attack target"
    assert roles.get("Harir Air Base") == "mentioned"


def test_dismissed_claims_of_a_strike_set_no_attack_target():
    roles = _roles("The ministry on Tuesday dismissed claims of a strike on Albu Kamal.")
    assert roles.get("Albu Kamal") != "attack target"


def test_a_strike_confirmed_after_the_denial_still_makes_an_attack_target():
    roles = _roles("The army denied reports of a strike on Albu Kamal, but said a drone hit "
                   "Mayadin on Monday.")
    assert roles.get("Mayadin") == "attack target"


def test_a_place_attacked_in_another_sentence_stays_an_attack_target():
    roles = _roles("A drone hit Harir Air Base on Sunday, wounding one soldier. Officials "
                   "rejected claims that a second drone struck Harir Air Base on Monday.")
    assert roles.get("Harir Air Base") == "attack target"
