"""People fleeing to a place do not make it a place reinforced."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Fighting update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_families_arriving_in_a_city_do_not_reinforce_it():
    roles = _roles("Shelling hit Kadugli in Sudan on Sunday. Displaced families are arriving "
                   "in Dilling with nothing, aid workers said.")
    assert roles.get("Dilling") != "reinforcement"


def test_troops_arriving_in_a_city_still_reinforce_it():
    roles = _roles("Army reinforcements are arriving in Dilling in Sudan after the shelling "
                   "of Kadugli, officers said.")
    assert roles.get("Dilling") == "reinforcement"


def test_refugees_moved_to_a_camp_town_do_not_reinforce_it():
    roles = _roles("In Sudan, thousands of refugees moved to Kosti over the weekend.")
    assert roles.get("Kosti") != "reinforcement"


def test_air_defences_shooting_down_drones_over_a_city_do_not_make_it_reinforced():
    roles = _roles("The army said its air defences had shot down three drones over Kosti in "
                   "Sudan on Monday night.")
    assert roles.get("Kosti") != "reinforcement"


def test_air_defences_sent_to_a_base_still_reinforce_it():
    roles = _roles("The Pentagon said more air defences would be sent to Erbil in Iraq.")
    assert roles.get("Erbil") == "reinforcement"
