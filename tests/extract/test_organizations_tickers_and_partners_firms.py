"""Listed companies named with their ticker in a broker's note, a firm of partners named with
"&" and its legal form, a forum named before a date, an embassy by its statement and
contractors named "... Solutions" or "... Engineering", the offices on a distribution line.
Sentences written for these tests."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-03", heading="Sector note")


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in DRAFTS.facts(text).organizations}


NOTE = ("We keep Fenwick Avionics (FWAV) at Outperform with a $50 price target. Tallow Creek "
        "Optics (TCKO) stays Neutral.")


def test_a_company_with_its_ticker_is_an_organization():
    orgs = _orgs(NOTE)
    assert orgs.get("Fenwick Avionics") == ["FWAV"]
    assert orgs.get("Tallow Creek Optics") == ["TCKO"]


def test_bracketed_letters_outside_a_market_text_are_no_ticker():
    orgs = _orgs("Fenwick Avionics (FWAV) builds radios for the army.")
    assert "Fenwick Avionics" not in orgs


def test_a_sites_code_is_no_ticker():
    orgs = _orgs("Shares fell. Drones hit Harwell Air Base (HWAB) on Monday, the price target "
                 "was cut.")
    assert not any("Harwell" in name for name in orgs)


def test_partners_joined_by_ampersand_are_one_firm():
    orgs = _orgs("Hale & Morrow Partners LLC makes a market in the shares.")
    assert "Hale & Morrow Partners LLC" in orgs and "Morrow Partners LLC" not in orgs


def test_a_date_after_a_forums_name_is_not_part_of_it():
    orgs = _orgs("The finance chief told the Gulf Defense Forum on Dec. 3 that orders rose.")
    assert not any("Dec" in name for name in orgs)


def test_a_country_embassys_statement_makes_the_embassy_a_body():
    orgs = _orgs("A U.S. Embassy statement issued the next day said no one was badly hurt.")
    assert "U.S. Embassy" in orgs


def test_contractors_named_with_solutions_or_engineering_are_organizations():
    orgs = _orgs("Northway Cargo Solutions said shipments would slip. Harlan Gulf Engineering, "
                 "which has 40 staff in Erbil, paused rotations.")
    assert "Northway Cargo Solutions" in orgs and "Harlan Gulf Engineering" in orgs


def test_offices_on_a_distribution_line_are_organizations():
    orgs = _orgs("The task order is reduced by $2 million.\n\nDistribution: XRC-HQ Plans Division; "
                 "DCSA Europe - Vilnius; Contractor.")
    assert "XRC-HQ Plans Division" in orgs and "DCSA Europe - Vilnius" in orgs
    assert "Contractor" not in orgs


def test_people_copied_on_a_letter_are_no_organizations():
    orgs = _orgs("We will reply by Friday.\n\ncc: Dana Holt; Omar Reyes")
    assert "Dana Holt" not in orgs and "Omar Reyes" not in orgs
