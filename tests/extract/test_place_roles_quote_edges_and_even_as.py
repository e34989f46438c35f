"""A role cue inside a quotation does not reach the place in its attribution, and a clause
opened by "even as" keeps its own cue."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-25", "Clinic update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_a_quoted_hit_does_not_make_the_speakers_hospital_a_target():
    roles = _roles(
        "Rockets struck Camp Taji on Monday, wounding four soldiers. \u201cThey "
        "reached the shelter and the shelter got hit,\u201d said Maj. Rhea Olund, "
        "Baghdad's head of emergency medicine."
    )
    assert roles.get("Camp Taji") == "attack target"
    assert roles.get("Baghdad") != "attack target"


def test_a_place_in_a_quote_after_its_speaker_is_not_reached_across_the_quote():
    roles = _roles('Officials in Erbil said: "Our runway was hit twice."')
    assert roles.get("Erbil") != "attack target"


def test_a_quote_around_the_verb_alone_still_names_the_target():
    roles = _roles('The militia said it "struck" Erbil with three drones on Monday.')
    assert roles.get("Erbil") == "attack target"


def test_attacks_that_went_on_even_as_bases_elsewhere_closed_leave_no_country_left():
    roles = _roles(
        "Attacks on U.S. forces in Syria and Jordan went on even as bases in "
        "Iraq were handed over to the Iraqi army."
    )
    assert roles.get("Jordan") != "withdrawal"
    assert roles.get("Syria") != "withdrawal"
