"""Army units as staff and citations write them (a battalion with its regiment, "3-43 ADA",
"C/2-44 ADA", a company, a certificate's unit line in capitals, "TF Ironclad"); a local story's
towns once a dateline has set it in a state; airfields shown by name, not code; bodies that are
only a base's or a soldier's description."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-02", "Unit news")


def _places(text: str) -> dict[str, tuple[float | None, float | None]]:
    return {p.name: (p.lat, p.lon) for p in DRAFTS.facts(text).places}


def test_a_battalion_named_with_its_regiment_is_one_unit_with_the_regiment_as_alias():
    orgs = DRAFTS.organizations(
        "Crews of the 2nd Battalion, 61st Air Defense Artillery Regiment arrived in Kuwait on "
        "Monday. The 2-61 ADA replaced a battery that had rotated home.")
    unit = "2nd Battalion, 61st Air Defense Artillery Regiment"
    assert unit in orgs
    assert "61st Air Defense Artillery Regiment" in orgs[unit]
    assert "2-61 ADA" in orgs[unit]
    assert "2nd Battalion" not in orgs


def test_staff_designations_and_companies_are_units():
    orgs = DRAFTS.organizations(
        "New bunkers were dug at the outpost (SFC Dana Ruiz, 58th Engineer Company). A radar "
        "was moved in (1LT Omar Haddad, B/3-4 ADA). TF Granite ordered a review.")
    assert {"58th Engineer Company", "B/3-4 ADA", "TF Granite"} <= set(orgs)


def test_a_certificates_unit_line_in_capitals_names_the_unit():
    orgs = DRAFTS.organizations(
        "SERGEANT LEE R. PARK\n\nBATTERY A, 4TH BATTALION, 5TH AIR DEFENSE ARTILLERY "
        "REGIMENT\n\nFor heroism during a rocket attack on the base, Sergeant Park moved "
        "wounded soldiers to cover.")
    assert "4th Battalion, 5th Air Defense Artillery Regiment" in orgs


def test_a_town_named_again_without_its_state_after_the_dateline_is_placed():
    places = _places(
        "ZANESVILLE, Ohio (WXYZ) - A Zanesville soldier was wounded when a drone struck a U.S. "
        "base in Jordan, his family said.\n\nHis unit is headquartered in McConnelsville and "
        "left for the Middle East in August.")
    assert "Zanesville" in places and abs(places["Zanesville"][0] - 39.94) < 0.1
    assert "McConnelsville" in places and abs(places["McConnelsville"][1] + 81.85) < 0.1
    assert "August" not in places


def test_a_town_before_guard_is_where_the_soldier_is_from_not_a_body():
    orgs = DRAFTS.organizations(
        "A Zanesville Guard soldier was hurt in a drone attack, the Ohio National Guard said.")
    assert "Zanesville Guard" not in orgs
    assert "Ohio National Guard" in orgs


def test_a_coalition_base_is_no_mention_of_the_coalition():
    orgs = DRAFTS.organizations("On Sunday night drones hit the coalition base at Erbil.")
    assert not any("oalition" in name for name in orgs)


def test_a_countrys_agency_in_lower_case_is_a_body():
    orgs = DRAFTS.organizations(
        "The firm signed a contract with Poland's armaments agency for seeker spares.")
    assert "Poland's armaments agency" in orgs


def test_an_airfield_written_by_its_icao_code_is_shown_by_its_name():
    places = _places("A) LLBG B) 2611252050 C) 2611260500\n\nE) LLBG AD CLOSED TO CIVIL "
                     "TRAFFIC DUE TO SECURITY SITUATION.")
    assert "Ben Gurion Airport" in places or any("Ben Gurion" in n for n in places)
    assert "LLBG" not in places
