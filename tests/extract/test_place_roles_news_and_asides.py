"""Place roles an analyst would see wrong on the map: a base reinforced then hit, the two ends
of a move, an open question, a drone of one's own side lost, a sea closed, a possessive that
only locates, a launcher's find-spot, a city's hospital, aircraft landing, fighters hurt."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-02", "Security update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_a_base_reinforced_then_attacked_this_week_is_shown_attacked():
    roles = _roles("An Avenger unit moved to Conoco on 28 November, local staff said. "
                   "On 1 December three drones attacked Conoco, killing two SDF guards.")
    assert roles.get("Conoco") == "attack target"


def test_a_base_hit_years_ago_and_reinforced_now_stays_reinforced():
    roles = _roles("The Army moved a Patriot battery to Ain al-Asad Air Base on 30 November. "
                   "Iran fired missiles at Ain al-Asad Air Base in January 2020.")
    assert roles.get("Ain al-Asad Air Base") == "reinforcement"


def test_the_destination_of_a_move_from_a_named_origin_is_no_list_with_it():
    roles = _roles("Between 26 and 28 Nov, one Patriot battery and about 140 personnel "
                   "relocated from Camp Buehring, Kuwait, to Erbil Air Base, an officer said.")
    assert roles.get("Camp Buehring") == "withdrawal"
    assert roles.get("Erbil Air Base") != "withdrawal"


def test_an_intelligence_gap_put_as_whether_moves_nothing():
    roles = _roles("Gaps:\n\nb. Whether the NASAMS section left Ain al-Asad Air Base or was "
                   "moved to another site.")
    assert roles.get("Ain al-Asad Air Base") != "withdrawal"


def test_a_us_drone_shot_down_over_a_town_is_no_attack_on_it():
    roles = _roles("The Houthis said they had shot down a U.S. MQ-9 Reaper drone over Marib on "
                   "Tuesday.\n\nHouthis claim MQ-9 shot down over Marib")
    assert roles.get("Marib") == "mentioned"


def test_drones_shot_down_over_a_base_still_make_it_a_target():
    roles = _roles("U.S. F-15s shot down two drones over al-Tanf garrison on Tuesday.")
    assert roles.get("al-Tanf garrison") == "attack target"


def test_a_vow_not_to_let_a_sea_be_closed_is_no_withdrawal_from_it():
    roles = _roles('"We will not let the Houthis close the Red Sea," the admiral said on '
                   "Tuesday.")
    assert roles.get("Red Sea") != "withdrawal"


def test_a_country_in_the_possessive_before_the_port_hit_is_not_the_target():
    roles = _roles("U.S. air strikes hit Yemen's Hodeidah port early on Tuesday, killing three.")
    assert roles.get("Hodeidah") == "attack target"
    assert roles.get("Yemen") == "mentioned"


def test_a_city_named_in_the_possessive_of_an_institution_places_it_there():
    roles = _roles("An airstrike hit the market in Bajil on 18 November, killing 14. Three of "
                   "the wounded later died in Hodeidah's al-Thawra hospital.")
    assert "al-Thawra" not in roles
    assert roles.get("Hodeidah") == "mentioned"


def test_the_town_an_appositive_names_only_locates_the_town_hit():
    roles = _roles("On 18 November an airstrike hit the weekly market in Bajil, a town in "
                   "Hodeidah governorate, killing 14 civilians.")
    assert roles.get("Bajil") == "attack target"
    assert roles.get("Hodeidah") == "mentioned"


def test_where_a_launcher_was_found_is_no_target():
    roles = _roles("Four rockets hit Green Village on 14 Nov; a launcher was found in Mayadin "
                   "countryside, according to SOHR.")
    assert roles.get("Green Village") == "attack target"
    assert roles.get("Mayadin") == "mentioned"


def test_jets_landing_at_a_base_do_not_make_it_a_target():
    roles = _roles("Six RAF Typhoon fighters landed at Al Udeid Air Base in Qatar on Tuesday.")
    assert roles.get("Al Udeid Air Base") != "attack target"


def test_a_fighter_hurt_is_no_ground_fighting():
    from briefdeck.extract.place_roles_from_events import FIGHTING

    assert not FIGHTING.search("5x rockets 1 2 1 SFA fighter killed, 2 wounded; IRI claimed")
    assert not FIGHTING.search("two fighters were wounded")
    assert FIGHTING.search("fighting near the town")
