"""Places a strike's list of targets or an incident table's attack row names were struck."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-20", "Force protection update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_every_town_in_a_long_list_of_struck_sites_was_struck():
    roles = _roles("U.S. jets struck four militia sites overnight, including an ammunition "
                   "depot and a drone workshop near Al-Qaim and a command post in Jurf "
                   "al-Sakhar, the Pentagon said.")
    assert roles.get("Al-Qaim") == "attack target"
    assert roles.get("Jurf al-Sakhar") == "attack target"


def test_targets_listed_past_semicolons_were_struck():
    roles = _roles("The strikes targeted a headquarters and a logistics hub near Al-Qaim; two "
                   "warehouses and a rocket workshop near Al-Bukamal; and a depot near Al-Mayadin.")
    assert roles.get("Al-Bukamal") == "attack target"
    assert roles.get("Al-Mayadin") == "attack target"


def test_a_town_a_struck_site_is_measured_from_is_no_target():
    roles = _roles("Jets hit a weapons depot and a command post in the desert near Al-Hamdan, "
                   "some twenty kilometres north of the border town of Al-Bukamal.")
    assert roles.get("Al-Bukamal") != "attack target"


def test_an_air_raid_strikes_its_place_and_a_ground_raid_does_not():
    assert _roles("Israeli warplanes carried out two raids on the outskirts of Khiam late on "
                  "Sunday, the ministry said.").get("Khiam") == "attack target"
    assert _roles("The group recalled its deadly 2020 raid on Manda Bay, where three "
                  "Americans died.").get("Manda Bay") != "attack target"


def test_a_sentence_opened_by_its_town_then_a_strike_marks_the_town():
    assert _roles("In Nikopol, a drone hit a power substation and two men were injured, the "
                  "governor said.").get("Nikopol") == "attack target"


def test_the_location_cell_of_an_attack_row_is_the_target_but_not_its_province():
    text = ("Date\tLocation\tProvince\tType\tWeapon\n"
            "2026-11-04\tAin al-Asad Air Base\tAnbar\tAttack\tRockets (107mm)\n"
            "2026-11-05\tTal Tamr\tHasakah\tProtest\tnone\n")
    roles = _roles(text)
    assert roles.get("Ain al-Asad Air Base", roles.get("Ain al-Asad")) == "attack target"
    assert roles.get("Hasakah") != "attack target"
    assert roles.get("Tal Tamr") != "attack target"


def test_the_town_locating_a_site_in_its_cell_is_no_target():
    text = ("Date\tSite\tWhat\n16 Nov\tHarir AB, Erbil\tOWA UAS x1 shot down\n")
    roles = _roles(text)
    assert roles.get("Harir") == "attack target"
    assert roles.get("Erbil") != "attack target"


def test_towns_a_struck_road_is_named_after_are_no_targets():
    roles = _roles("A drone targeted a car on the Qamishlo-Amuda road, killing three men.")
    assert roles.get("Amuda") != "attack target"
    assert roles.get("Qamishlo") != "attack target"
    assert _roles("A drone struck a car in Amuda on Tuesday.").get("Amuda") == "attack target"


def test_a_strike_only_supposed_marks_no_town_in_its_list():
    roles = _roles("If the army keeps hitting villages around Tyre, expect the group to aim "
                   "deeper too, toward Safed and the outskirts of Haifa.")
    assert roles.get("Haifa") != "attack target"
