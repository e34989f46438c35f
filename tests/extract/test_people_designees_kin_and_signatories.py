"""People a sanctions release names with a short form in brackets, an under secretary's full
office, the dead a group mourns, kin named by a given name, a letter signed on one line; and
the organizations such releases and reports name (a department owning an office, free-zone
firms, a header's body with initials, a UN panel, another country's coalition)."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-10", "Designations")


def test_a_designee_named_with_a_bracketed_short_form_is_a_person():
    people = DRAFTS.people(
        "Yusuf Tariq al-Hamdani (al-Hamdani) is a financier for the group. Its broker, "
        "Chan Wing-kei (Chan), set up the accounts. Al-Hamdani moved the funds.\n")
    assert "Yusuf Tariq al-Hamdani" in people
    assert "Chan Wing-kei" in people


def test_a_company_with_a_bracketed_short_form_is_no_person():
    people = DRAFTS.people("Red Dune General Trading LLC (Red Dune) imported the engines. "
                           "Orbit Parts FZE (Orbit) paid for them.\n")
    assert not any("Trading" in name or "FZE" in name for name in people)


def test_an_under_secretary_of_a_department_is_titled_in_full():
    people = DRAFTS.people(
        "\u201cThe brokers will be exposed,\u201d said Under Secretary of the Treasury for "
        "Terrorism and Financial Intelligence Paul Ostrander.\n")
    assert people.get("Paul Ostrander", "").startswith("Under Secretary of the Treasury")
    assert "Under Secretary" not in people


def test_a_non_member_ally_is_no_one_and_no_member_of_the_alliance():
    text = "The sale will improve the security of a Major Non-NATO Ally in the region.\n"
    assert DRAFTS.people(text) == {}
    assert "NATO" not in DRAFTS.organizations(text)


def test_the_field_a_ministry_is_named_for_is_no_person():
    people = DRAFTS.people(
        "The Ministry of Public Health said two people were killed. Later, Health said no "
        "more.\n")
    assert "Public Health" not in people


def test_the_dead_a_group_mourns_by_name_are_people():
    people = DRAFTS.people("The group later mourned one of the two, Karim Yusuf Haddad, "
                           "\"a martyr\". The other was a farmer.\n")
    assert "Karim Yusuf Haddad" in people


def test_a_wife_named_by_her_given_name_bears_the_family_name():
    people = DRAFTS.people(
        "Staff Sgt. Owen Mark Keller died on Sunday. \"He called me every week,\" said his "
        "wife, Hannah. Keller is survived by his wife, Hannah; and a son.\n")
    assert people.get("Hannah Keller") == "wife"


def test_a_wife_takes_a_whole_family_name_not_letters_inside_a_country():
    people = DRAFTS.people(
        "Col. Peter Tan spoke at the base. Sgt. Adam Cole died on Friday, months after a tour in "
        "Tanzania. \"He loved his work,\" said his wife, Nora.\n")
    assert people.get("Nora Cole") == "wife"
    assert "Nora Tan" not in people


def test_a_letter_signed_on_one_line_names_its_signatory():
    people = DRAFTS.people("The Panel would be grateful for the Council's attention.\n\n"
                           "(Signed) Ingrid Solberg, Coordinator, Panel of Experts on Libya\n")
    assert people.get("Ingrid Solberg", "").startswith("Coordinator")


def test_a_department_owning_an_office_names_both():
    orgs = DRAFTS.organizations(
        "Today, the Department of the Treasury\u2019s Office of Foreign Assets Control is "
        "sanctioning two firms. Orbit Parts FZE, in Sharjah, shipped the modules.\n")
    assert "Department of the Treasury" in orgs
    assert "Office of Foreign Assets Control" in orgs
    assert "Orbit Parts FZE" in orgs


def test_a_militia_written_with_a_curly_apostrophe_is_not_its_namesake():
    orgs = DRAFTS.organizations("Drones used by Kata\u2019ib Hizballah (KH) hit the base.\n")
    assert "Hezbollah" not in orgs
    assert "Kataib Hezbollah" in orgs


def test_a_header_line_names_the_body_it_defines_initials_for():
    orgs = DRAFTS.organizations(
        "Originator: Northern Regional Assessment Cell (NRAC), Erbil | Date Of Issue: 3 June\n\n"
        "Summary\n\nDrones struck the base twice this week.\n")
    assert "Northern Regional Assessment Cell" in orgs


def test_the_presidents_aircraft_is_no_air_force_and_a_un_panel_is_a_body():
    orgs = DRAFTS.organizations(
        "The spokesman spoke aboard Air Force One. The Panel of Experts on Libya said the "
        "shipment broke the embargo, and the Saudi-led coalition said it struck the port.\n")
    assert not any(name.startswith("Aboard") for name in orgs)
    assert "Panel of Experts on Libya" in orgs
    assert "Saudi-led coalition" in orgs

