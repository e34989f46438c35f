"""Systems named by their trade names or by what they do, staff sections and specialists that
look like systems, and organisations named as companies or as a country's own forces."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2027-03-04", "Base defence note")


def test_short_range_air_defence_and_its_vehicle_are_systems():
    names = DRAFTS.systems("The battery moved its M-SHORAD sections and two Strykers to the "
                           "airfield last week.")
    assert "M-SHORAD" in names and "Stryker" in names


def test_a_bare_stryker_name_is_not_a_vehicle():
    assert "Stryker" not in DRAFTS.systems("Colonel Ann Stryker said the convoy left at dawn.")


def test_a_counter_rocket_system_is_a_system_and_folds_into_c_ram():
    assert "counter-rocket systems" in DRAFTS.systems(
        "The garrison's counter-rocket system shot down a projectile, an official said.")
    names = DRAFTS.systems("A C-RAM protects the airfield. The counter-rocket system fired "
                           "twice on Monday.")
    assert names.count("C-RAM") == 1 and "counter-rocket systems" not in names


def test_a_staff_section_in_brackets_is_not_a_jet():
    names = DRAFTS.systems("Brig. Gen. Lee Moss, Deputy Director for Intelligence (J-2), "
                           "briefed reporters on the missile threat.")
    assert "J-2" not in names


def test_a_regional_specialist_is_not_a_system():
    names = DRAFTS.systems("Omar Haddad, a Gulf missile-defence expert at a think tank, "
                           "said the interceptors were costly.")
    assert "Gulf" not in names


def test_a_company_named_energies_is_an_organization():
    assert "Norvik Energies" in DRAFTS.organizations(
        "Norvik Energies said in a statement that the terminal was operating as normal.")


def test_a_countrys_armed_forces_fold_into_its_named_defence_force():
    orgs = DRAFTS.organizations("Kuwait's armed forces intercepted two drones, the Kuwait "
                                "Defense Force said on Sunday.")
    assert "Kuwait's armed forces" not in orgs
    assert "Kuwait's armed forces" in orgs.get("Kuwait Defense Force", [])


def test_a_one_digit_designator_before_a_weapon_noun_is_still_a_system():
    assert "S-8" in DRAFTS.systems("Helicopters fired S-8 rockets at the trenches on Friday.")
