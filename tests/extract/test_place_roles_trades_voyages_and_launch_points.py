"""Roles a place does not get: a trade's tonnage withdrawn from it, a ship's destination, the
point a rocket was fired from; and a base written short ("X AB") is the base."""

from tests.extract.drafting import Drafts

_DRAFTS = Drafts("2026-11-28", heading="Weekly market note")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in _DRAFTS.facts(text).places}


def test_owners_withdrawing_tonnage_leave_no_forces_behind():
    text = (
        "After the latest missile strike, several owners withdrew tonnage from "
        "Suez-routed trades and rates for the long way round firmed."
    )
    assert _roles(text).get("Suez") != "withdrawal"


def test_troops_withdrawn_from_a_town_still_leave_it():
    text = "The army withdrew two battalions from Kupiansk on Monday, officials said."
    assert _roles(text).get("Kupiansk") == "withdrawal"


def test_a_ships_destination_is_not_where_it_was_hit():
    text = (
        "On Tuesday, 24 November, a bulk carrier was hit by a missile about 40 nautical "
        "miles west of Mokha while sailing north with wheat bound for Jeddah. Two crew "
        "were hurt."
    )
    facts = _DRAFTS.facts(text)
    assert {p.name: p.role for p in facts.places}.get("Jeddah") != "attack target"
    assert all("Jeddah" not in e.place for e in facts.events)


def test_the_point_rockets_came_from_is_not_their_target():
    text = (
        "Two 107mm rockets were fired at Erbil Air Base from the direction of Gwer on "
        "Wednesday night; one landed outside the perimeter."
    )
    roles = _roles(text)
    assert roles.get("Gwer") != "attack target"
    assert roles.get("Erbil Air Base") == "attack target"


def test_targets_listed_after_a_colon_were_all_struck():
    text = (
        "On 24 November, U.S. aircraft carried out strikes against two militia sites: a "
        "depot near al-Qaim, Iraq; and a command post near al-Bukamal, Syria."
    )
    roles = _roles(text)
    assert roles.get("al-Bukamal") == "attack target"
