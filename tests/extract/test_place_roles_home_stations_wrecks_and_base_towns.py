"""Which way forces moved and what was hit: a base a battery reaches is reinforced, not left; a
home station a unit sets out from is no withdrawal; where the wounded were treated, where a
wreck lies and the country a named base stands in were not hit; a town named with its base is
the base."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-30", "Air defence update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def _role(roles: dict[str, str], word: str) -> str | None:
    return next((r for name, r in roles.items() if word in name), None)


def test_a_base_left_with_less_cover_is_not_a_base_left():
    roles = _roles(
        "Two weeks ago a radar unit was taken out of Kuwait for repairs, leaving Ali "
        "Al Salem Air Base with only short-range guns."
    )
    assert _role(roles, "Ali Al Salem") != "withdrawal"


def test_troops_who_left_a_base_with_their_kit_still_left_it():
    roles = _roles(
        "U.S. troops left Ali Al Salem Air Base with their vehicles on Monday, officials said."
    )
    assert _role(roles, "Ali Al Salem") == "withdrawal"


def test_a_battery_moved_between_two_bases_reinforces_the_second():
    roles = _roles(
        "The Army moved a Patriot battery from Al Udeid Air Base in Qatar to Ali Al Salem Air "
        "Base in Kuwait, officials said. The battery left Al Udeid on Friday and was operational "
        "at Ali Al Salem by Saturday. Earlier in the month a NASAMS unit was withdrawn from "
        "Kuwait, leaving Ali Al Salem with little cover."
    )
    assert _role(roles, "Ali Al Salem") == "reinforcement"
    assert _role(roles, "Al Udeid") == "withdrawal"


def test_the_home_station_a_battery_comes_from_is_not_left():
    roles = _roles(
        "The Pentagon will send another Patriot battery to Qatar within weeks. Two "
        "officials said the battery will come from Fort Bliss, Texas."
    )
    assert roles.get("Fort Bliss") == "mentioned"
    assert roles.get("Qatar") == "reinforcement"


def test_a_theatre_base_a_battery_comes_from_is_still_left():
    roles = _roles(
        "A Patriot battery will be moved from Prince Sultan Air Base to Al Udeid Air "
        "Base in Qatar next week, officials said."
    )
    assert _role(roles, "Prince Sultan") == "withdrawal"
    assert _role(roles, "Al Udeid") == "reinforcement"


def test_the_town_whose_hospital_treated_the_wounded_was_not_hit():
    roles = _roles(
        "Drones struck Ain al-Asad air base in Iraq on Monday night. A guard was "
        "wounded by debris, a nurse at Ramadi hospital told reporters."
    )
    assert roles.get("Ramadi") != "attack target"
    assert _role(roles, "Ain al-Asad") == "attack target"


def test_the_country_a_named_base_stands_in_was_not_hit():
    roles = _roles(
        "Rockets were fired at Conoco base on Monday. One rocket struck the base in "
        "eastern Syria, a monitor said."
    )
    assert roles.get("Syria") != "attack target"


def test_where_a_downed_drones_wreck_lies_was_not_hit():
    roles = _roles(
        "Air defences shot down two drones over Ain al-Asad air base on Sunday. "
        "Farmers later found one of the downed drones in a field near Haditha."
    )
    assert roles.get("Haditha") != "attack target"
    assert _role(roles, "Ain al-Asad") == "attack target"


def test_drones_downed_near_a_town_still_make_it_a_target():
    roles = _roles("Jordan's air force downed two drones near Azraq on Wednesday night.")
    assert roles.get("Azraq") == "attack target"


def test_a_town_named_with_its_base_is_the_base():
    places = DRAFTS.facts(
        "Two drones hit Harir Air Base on Sunday. Kurdish officials said the "
        "drones targeted Harir in two waves, wounding a guard."
    ).places
    harir = [p for p in places if p.name.startswith("Harir")]
    assert [p.name for p in harir] == ["Harir Air Base"]
    assert harir[0].role == "attack target"


def test_a_town_left_beside_its_attacked_base_keeps_its_own_role():
    roles = _roles(
        "Two drones hit Harir Air Base on Sunday, officials said. On Friday the last "
        "coalition troops withdrew from Harir to Erbil."
    )
    assert _role(roles, "Harir Air Base") == "attack target"
    assert roles.get("Harir") == "withdrawal"
