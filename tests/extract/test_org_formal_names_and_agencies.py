"""Bodies named by formal style or as cited agencies: a mission's own name, a summoned
embassy, a staff cell, the Kurdistan Region's security council, Yemen's Saba, the IMO."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _orgs(text: str) -> dict[str, list[str]]:
    facts = draft_briefing(Article(text=text), published="2026-12-03").facts
    return {o.name: o.aliases for o in facts.organizations}


def test_a_mission_in_formal_style_is_a_body_wherever_it_stands():
    orgs = _orgs("Families left U.S. Embassy Baghdad and U.S. Consulate General Erbil on "
                 "Monday after the threat rose.")
    assert "U.S. Embassy Baghdad" in orgs and "U.S. Consulate General Erbil" in orgs


def test_the_embassy_whose_charge_is_summoned_is_a_body():
    orgs = _orgs("The ministry summoned the chargé d'affaires of the United States embassy "
                 "over the strike.")
    assert "United States embassy" in orgs


def test_a_staff_cell_named_by_section_and_desk():
    assert "J2 Levant cell" in _orgs("Send comments to J2 Levant cell by noon on Friday.")


def test_the_kurdistan_region_security_council_in_any_case():
    orgs = _orgs("The Kurdistan Region's security council said two drones fell near Erbil.")
    assert "Kurdistan Region Security Council" in orgs
    orgs = _orgs("KURDISTAN REGION SECURITY COUNCIL (KRSC) NOTIFIED; KRSC REPORTS PATROLS.")
    assert "Kurdistan Region Security Council" in orgs


def test_saba_only_as_the_agency_cited():
    assert "Saba" in _orgs("Four dock workers were killed in Hodeidah. Source: Saba; CENTCOM")
    assert "Saba" not in _orgs("Saba Ahmed said the ship Saba Pearl left port on Monday.")


def test_the_un_shipping_agency_and_the_eu_naval_operation():
    orgs = _orgs("A frigate of the EU's Aspides mission shot down a drone; three seafarers "
                 "have died, according to the U.N. shipping agency.")
    assert "Operation Aspides" in orgs and "International Maritime Organization" in orgs


def test_a_provinces_directorate_in_lower_case_even_as_an_officials_employer():
    orgs = _orgs("An Anbar health directorate official said three soldiers died overnight.")
    assert "Anbar health directorate" in orgs


def test_the_office_of_the_commander_in_chief_in_lower_case():
    orgs = _orgs("A statement from the office of the commander-in-chief condemned the attack.")
    assert "Office of the Commander-in-Chief" in orgs


def test_a_bare_ministry_named_by_its_statement_unless_its_owner_is_named():
    assert "health ministry" in _orgs("The health ministry's first statement said four people "
                                      "were killed in the strike.")
    orgs = _orgs("Lebanon's health ministry said four were killed. The health ministry's toll "
                 "rose by noon.")
    assert "health ministry" not in orgs


def test_a_field_before_a_post_is_a_job_title_not_a_body():
    orgs = _orgs("Action: each Country Security Manager updates the staff tracking list.")
    assert "Country Security" not in orgs


def test_coalition_casualties_name_the_coalition():
    assert "Coalition" in _orgs("Two guards were wounded at the gas field; there were no "
                                "coalition casualties.")
