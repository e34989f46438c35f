"""Figures, systems, places and bodies of logs in capitals, claim ledgers and carriers'
notices: ISO currency codes before amounts, a money column read cell by cell, a log's
shorthand counts, merchant ships named by IMO number, known bodies in capitals."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-22", heading="Test report")


def _figures(text: str) -> set[tuple[float, float | None, str]]:
    return {(f.value, f.value_high, f.unit) for f in DRAFTS.facts(text).figures}


def test_iso_code_before_an_amount_is_money_and_a_price_per_box():
    got = _figures(
        "A drone hit the depot on Friday. The fee is USD 650 per 20' container "
        "and USD 1,300 per 40' container from next month. Repairs will cost "
        "between USD 1.5 million and USD 1.8 million."
    )
    assert (650.0, None, "USD per 20' container") in got
    assert (1300.0, None, "USD per 40' container") in got
    assert (1500000.0, 1800000.0, "USD") in got
    assert not any(v in (20.0, 40.0) for v, _, _ in got)  # the box sizes count nothing


def test_a_money_column_read_cell_by_cell_takes_its_header_currency():
    text = (
        "A rocket struck the store on Monday.\n\nItem\n\nCost (EUR)\n\nRoof\n\n"
        "310,000\n\nVehicles\n\n95,000\n\nTotal claimed\n\n405,000\n\nWe will report again."
    )
    got = _figures(text)
    assert {(310000.0, None, "EUR"), (95000.0, None, "EUR"), (405000.0, None, "EUR")} <= got
    assert not any(u in ("vehicles", "claimed") for _, _, u in got)


def test_a_site_run_from_tents_for_months_is_a_figure():
    got = _figures(
        "A drone set the hangar alight on Sunday. The crew will operate from "
        "tents for three to five months."
    )
    assert (3.0, 5.0, "months") in got


def test_a_log_in_capitals_counts_its_shorthand_and_leaves_codes_out():
    text = (
        "0900 | ALPHA 6 | BASE | SP FROM THE CAMP W/ 4X VEH, 15 PAX. OVER. | ROGER\n"
        "0930 | ALPHA 6 | BASE | CONTACT IED. TRUCK STRUCK 3 KM N OF THE VILLAGE. 2X WIA. "
        "OVER. | ROGER\n"
        "0935 | ALPHA 6 | BASE | 9-LINE. LINE 3: 1X A. LINE 5: 2X L. LINE 6: N. OVER. | ROGER\n"
        "0940 | ALPHA 6 | BASE | 2X WIA TOTAL: 2X CONTRACTORS (1X URGENT). OVER. | ROGER\n"
        "1010 | ALPHA 6 | BASE | POLICE REPORT 3X SUSPECTS DETAINED. OVER. | ROGER\n"
    )
    got = _figures(text)
    assert {
        (4.0, None, "vehicles"),
        (15.0, None, "personnel"),
        (3.0, None, "km"),
        (3.0, None, "suspects"),
    } <= got
    assert not any(u in ("line", "contractors") for _, _, u in got)


def test_a_sum_of_different_people_is_no_count_of_either():
    got = _figures(
        "A drone struck the base on Sunday. The army said two of its soldiers "
        "were hurt; a statement added that two contractors were also hurt, bringing "
        "the total to four. Two analysts from industry said more guns are needed."
    )
    assert not any(v == 4.0 for v, _, _ in got)
    assert not any(u == "analysts" for _, _, u in got)


def test_the_number_of_people_put_at_a_count_names_them():
    got = _figures(
        "A drone struck the camp on Sunday. The ministry put the number of "
        "wounded British soldiers at two."
    )
    assert (2.0, None, "British soldiers") in got


def test_merchant_ships_named_by_imo_number_and_their_fleet_mates():
    facts = DRAFTS.facts(
        "The ABX Falcon (IMO 9123456), a bulk ship, was hit on Friday. "
        "Earlier this year the ABX Heron was struck off Aden. The tanker "
        "Marlin Star was not hit."
    )
    names = {s.name for s in facts.systems}
    assert {"ABX Falcon", "ABX Heron", "Marlin Star"} <= names


def test_known_bodies_in_a_log_written_in_capitals():
    text = (
        "0100 | TOC | ALL | RADIO CHECK. ALL STATIONS LOUD AND CLEAR. | NET OPEN\n"
        "0400 | S2 | TOC | ISLAMIC RESISTANCE IN IRAQ CLAIMED A DRONE ATTACK ON US. | INFO\n"
        "0500 | QRF | TOC | ASAYISH DETAINED 2X SUSPECTS NEAR THE BRIDGE, OVER. | ROGER\n"
        "0600 | TOC | ALL | LOG CLOSED. NEXT SHEET OPENED. | END\n"
    )
    facts = DRAFTS.facts(text)
    assert {"Islamic Resistance in Iraq", "Asayish"} <= {o.name for o in facts.organizations}
    assert "Iraq" not in {p.name for p in facts.places}  # inside the group's name


def test_federal_bodies_of_export_cases():
    facts = DRAFTS.facts(
        "FBI agents arrested the broker on Thursday. A TEDAC report matched "
        "the parts, and Customs and Border Protection seized more at the port. "
        "Rewards for Justice offered money for his partner."
    )
    names = {o.name for o in facts.organizations}
    assert {
        "Federal Bureau of Investigation",
        "TEDAC",
        "Customs and Border Protection",
        "Rewards for Justice",
    } <= names


def test_firms_named_with_their_legal_form_but_not_a_copyright_owner():
    text = (
        "A drone hit the depot on Friday.\n\nInsured: Brightwater Depot Services LLC\n\n"
        "Insurers: Kestrel Mutual (Jersey) Ltd (70%); Harrow Syndicate 1234 (30%)\n\n"
        "© 2026 Example Media Inc. All rights reserved."
    )
    names = {o.name for o in DRAFTS.facts(text).organizations}
    assert {
        "Brightwater Depot Services LLC",
        "Kestrel Mutual (Jersey) Ltd",
        "Harrow Syndicate 1234",
    } <= names
    assert "Example Media Inc." not in names


def test_a_building_a_fee_a_count_and_kit_are_no_bodies():
    text = (
        "A drone hit the camp on Friday. The panel meets in 2100 Rayburn House Office "
        "Building. A War Risk Surcharge applies. Two Army officials said the Avenger units "
        "would move. The Five Star Movement objected."
    )
    names = {o.name for o in DRAFTS.facts(text).organizations}
    assert not names & {"Rayburn House Office", "War Risk", "Two Army", "Avenger units"}
    assert "Five Star Movement" in names
