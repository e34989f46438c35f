"""Branches and headquarters of a force named by its initials, militias of the table, UN
bodies written with dots, and weapons kept by the model the report writes. Every sentence
is our own.
"""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2025-09-10", heading="Update")
_systems = DRAFTS.systems
_organizations = DRAFTS.organizations


def test_a_branch_named_by_the_forces_initials_is_its_own_body():
    orgs = _organizations("The Northern Defence Corps (NDC) said its units moved. The NDC Naval "
                          "Force and the NDC Ground Force held a joint drill on the coast.")
    assert "NDC Naval Force" in orgs
    assert "NDC Ground Force" in orgs


def test_a_known_force_followed_only_by_forces_is_the_same_force():
    orgs = _organizations("Houthi Forces fired on a ship near the port, officials said.")
    assert "Houthis" in orgs
    assert "Houthi Forces" not in orgs


def test_a_list_of_branches_keeps_no_leading_conjunction():
    orgs = _organizations("The drill brought together the IRGC Ground Force, Navy and Aerospace "
                          "Force for the first time this year.")
    assert not any(name.startswith("and ") for name in orgs)
    assert "Aerospace Force" in orgs


def test_a_forces_regional_headquarters_is_a_body():
    orgs = _organizations("The IRGC Ground Force's Hamza Base said in a statement that two "
                          "gunmen were arrested near the border.")
    assert "Hamza Base" in orgs


def test_an_air_base_named_after_its_owner_stays_a_place():
    orgs = _organizations("CENTCOM's Al Udeid Air Base hosted the visiting delegation.")
    assert not any("Air Base" in name for name in orgs)


def test_the_basij_militia_is_known():
    orgs = _organizations("Members of the Basij joined the parade through the city on Friday.")
    assert "Basij" in orgs


def test_a_un_body_written_with_dots_keeps_them():
    orgs = _organizations("The ministry asked the U.N. Security Council to meet on the crisis.")
    assert "U.N. Security Council" in orgs


def test_a_drone_written_with_its_model_number_keeps_it():
    assert "Shahed-136" in _systems("The militia launched a dozen Shahed-136 drones at the port.")


def test_a_drone_written_without_a_model_number_is_the_family():
    names = _systems("Air defences downed 30 Shahed drones over the region overnight.")
    assert "Shahed" in names


def test_anti_ship_missiles_are_a_class_of_weapon():
    assert "anti-ship missiles" in _systems("The rebels fired three anti-ship missiles at a "
                                            "freighter in the strait.")


def test_a_named_anti_ship_missile_is_the_system_not_the_class():
    names = _systems("Coastal batteries fired Noor anti-ship missiles during the exercise.")
    assert "Noor" in names
    assert "anti-ship missiles" not in names
