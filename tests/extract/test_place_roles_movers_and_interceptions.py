"""A place is reinforced only when forces are said to go there; a drone brought down near a
site makes the site a target, and a drone brought down over a country attacks no country."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Air defence update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_people_moving_north_with_no_military_subject_reinforce_nothing():
    roles = _roles("Since the shelling began, most have moved north to Tyre and Beirut in "
                   "Lebanon, staying with relatives.")
    assert roles.get("Tyre") != "reinforcement"
    assert roles.get("Beirut") != "reinforcement"


def test_a_company_moved_to_a_base_still_reinforces_it():
    roles = _roles("The Army moved a company of about 120 soldiers from Baghdad to Erbil in "
                   "Iraq last week.")
    assert roles.get("Erbil") == "reinforcement"
    assert roles.get("Baghdad") != "reinforcement"


def test_a_drone_shot_down_by_air_defences_near_a_town_makes_it_a_target():
    roles = _roles("A second drone was shot down by air defences over open ground near "
                   "Ruwaished in Jordan before it reached the base, the army said.")
    assert roles.get("Ruwaished") == "attack target"


def test_drones_brought_down_over_two_cities_make_them_targets_not_reinforced():
    roles = _roles("Saudi air defenses brought down three drones and a missile over Jazan and "
                   "Khamis Mushait on Monday night.")
    assert roles.get("Jazan") == "attack target"
    assert roles.get("Khamis Mushait") == "attack target"


def test_air_defence_across_a_sea_is_no_reinforcement_of_it():
    roles = _roles("Cheap drones have become the central problem of air defense across the "
                   "Red Sea, analysts say.")
    assert roles.get("Red Sea") != "reinforcement"


def test_drones_destroyed_over_a_country_do_not_make_it_attacked():
    roles = _roles("Two RAF Typhoons engaged and destroyed two attack drones over eastern "
                   "Syria on Friday night.")
    assert roles.get("Syria") != "attack target"


def test_defences_at_a_base_that_intercept_drones_make_the_base_a_target():
    roles = _roles("Officials said air defenses at Ain al-Asad intercepted two of three drones "
                   "on Tuesday.")
    assert roles.get("Ain al-Asad") == "attack target"


def test_a_patriot_battery_moved_between_bases_reinforces_only_its_destination():
    roles = _roles("A Patriot battery was moved last month from Muwaffaq Salti Air Base to "
                   "Al Udeid Air Base in Qatar.")
    assert roles.get("Al Udeid Air Base") == "reinforcement"
    assert roles.get("Muwaffaq Salti Air Base") != "reinforcement"


def test_an_airliner_rotation_into_a_city_is_no_reinforcement():
    roles = _roles("Insurers say the cost of a 737 rotation into Erbil in Iraq has tripled.")
    assert roles.get("Erbil") != "reinforcement"


def test_a_militia_cell_shifting_its_drones_out_of_a_town_is_no_withdrawal():
    roles = _roles("Indicators to watch this week:\n\n- Launch cells moving out of Abu Kamal "
                   "towards the border crossings.\n- Rocket crews leaving Hit after dark.\n")
    assert roles.get("Abu Kamal") != "withdrawal"
    assert roles.get("Hit") != "withdrawal"


def test_troops_pulling_out_of_a_town_are_still_a_withdrawal():
    roles = _roles("Coalition troops pulled out of Abu Kamal on Sunday, officials said.")
    assert roles.get("Abu Kamal") == "withdrawal"


def test_a_place_something_is_close_to_is_not_closed():
    roles = _roles("Elders met in a farmhouse close to the outer fence of Balad Air Base, the "
                   "governor said on Tuesday.")
    assert roles.get("Balad Air Base") != "withdrawal"
