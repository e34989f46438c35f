"""A move told by its two ends leaves its origin and reinforces where it goes; a place that
remains, a point of reference, people fleeing and an origin of reinforcements are no move."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Air defence moves")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_the_base_a_battery_moved_from_is_left_and_its_destination_reinforced():
    roles = _roles("In March a U.S. Patriot battery moved from Prince Sultan Air Base in Saudi "
                   "Arabia to Al Udeid Air Base in Qatar, officials said.")
    assert roles.get("Prince Sultan Air Base") == "withdrawal"
    assert roles.get("Al Udeid Air Base") == "reinforcement"


def test_a_battery_that_could_be_moved_leaves_nothing_yet():
    roles = _roles("A second Patriot battery could be moved from Al Udeid Air Base in Qatar if "
                   "attacks continue, an official said.")
    assert roles.get("Al Udeid Air Base") != "withdrawal"


def test_bombers_flown_from_a_country_do_not_withdraw_from_it():
    roles = _roles("U.S. B-1B bombers flown from the United States struck targets in Iraq "
                   "on Friday.")
    assert roles.get("United States") != "withdrawal"


def test_troops_that_went_or_drove_to_a_base_reinforce_it():
    roles = _roles("Most of the troops went to Shaddadi, a base in Syria, and about 200 soldiers "
                   "drove north to Rumalyn Landing Zone over the past week.")
    assert roles.get("Shaddadi") == "reinforcement"
    assert roles.get("Rumalyn Landing Zone") == "reinforcement"


def test_money_going_to_a_city_reinforces_nothing():
    roles = _roles("Most of the reconstruction money will go to Mosul in Iraq, donors said.")
    assert roles.get("Mosul") != "reinforcement"


def test_the_base_that_remains_is_not_left():
    roles = _roles("The last U.S. battery left Iraq in May. That leaves the Baghdad Diplomatic "
                   "Support Center, where the State Department keeps a hub, without a Patriot.")
    assert roles.get("Baghdad Diplomatic Support Center") != "withdrawal"


def test_a_road_closed_north_of_a_town_does_not_leave_the_town():
    roles = _roles("The N380 road in Mozambique remained closed north of Macomia on Thursday.")
    assert roles.get("Macomia") != "withdrawal"


def test_civilians_leaving_a_town_are_no_withdrawal():
    roles = _roles("In Sudan, civilians continue to leave El Fasher in large numbers.")
    assert roles.get("El Fasher") != "withdrawal"


def test_the_base_reinforcements_come_from_is_not_reinforced():
    roles = _roles("The Typhoon detachment in Cyprus could be reinforced from RAF Lossiemouth "
                   "if needed, a source said.")
    assert roles.get("RAF Lossiemouth") != "reinforcement"
