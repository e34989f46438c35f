"""Figures and systems: a money table read row by row, a toll label before its breakdown,
speeds, addresses, named bodies with numbers, civilians kept in the unit, ranges of time,
and drones named by their kind. Texts written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-20", "Desk notes")

_LEDGER = ("Statement of income\n\nIncome\n\nAmount\n\nMember dues\n\n$210,000\n\n"
           "Grants from partner trusts\n\n$95,000\n\nBake sales\n\n$4,000\n\n"
           "Total income\n\n$309,000\n\nThe accounts were audited in March.\n")


def _labels(text: str) -> dict[float, str]:
    return {f.value: f.label for f in DRAFTS.facts(text).figures}


def test_an_amount_in_a_row_by_row_table_takes_its_own_row_label():
    labels = _labels(_LEDGER)
    assert labels[95000.0].startswith("Grants from partner trusts:")
    assert labels[4000.0].startswith("Bake sales:")
    assert "Bake sales" not in labels[95000.0]


def test_a_boxed_number_still_takes_its_caption_below():
    figures = DRAFTS.figures("AT A GLANCE\n\n14\n\nmortar rounds fired at the outpost this week\n\n"
                             "~300\n\nsoldiers at the outpost\n")
    assert (14.0, "rounds") in figures or (14.0, "mortar rounds") in figures
    assert (300.0, "soldiers") in figures


def test_a_place_after_a_later_count_is_not_in_the_first_ones_label():
    labels = _labels("The charity paid for 12 nights of lodging and two months of rent at "
                     "home in Oregon, $6,500 in all.")
    assert "Oregon" not in labels[12.0]


def test_a_toll_label_names_the_number_before_its_breakdown():
    figures = DRAFTS.figures("A rocket hit the depot. Total wounded: 5 (three soldiers, two "
                             "drivers). All are stable.")
    assert (5.0, "wounded") in figures
    assert (5.0, "soldiers") not in figures


def test_a_speed_limit_counts_kilometres_an_hour_not_the_zone():
    figures = DRAFTS.figures("A truck was clocked at 63 km/h in a 30 km/h zone.")
    assert (30.0, "km/h") in figures


def test_a_street_number_in_capitals_or_an_office_park_is_no_figure():
    figures = DRAFTS.figures("Two mortars hit the yard.\n\nBLUE HERON LLC\n\n4400 MAPLE BLVD STE 12"
                             "\n\nDesk of Appeals, 3 Riverside Campus, Suite 210, Dover\n")
    assert figures == [(2.0, "mortars")]


def test_a_named_body_with_a_number_does_not_hide_the_counted_noun():
    figures = DRAFTS.figures("Three Lodge 40 members were hurt when the shell landed.")
    assert figures == [(3.0, "members")]


def test_airmen_end_their_own_count_and_civilians_stay_civilian():
    figures = DRAFTS.figures("The blast wounded five British airmen and two civilian cooks.")
    assert (5.0, "airmen") in figures
    assert (2.0, "civilian cooks") in figures


def test_how_long_people_sheltered_or_flights_were_delayed_is_a_range_of_time():
    figures = DRAFTS.facts("Staff sheltered for between 20 and 35 minutes. The manager said "
                           "\"trains will run with delays of one to two hours.\"").figures
    spans = {(f.value, f.value_high, f.unit) for f in figures}
    assert (20.0, 35.0, "minutes") in spans
    assert (1.0, 2.0, "hours") in spans


def test_a_drone_named_by_its_kind_keeps_that_kind_and_its_short_form():
    names = DRAFTS.systems("The outpost was hit by two (2) one-way attack unmanned aircraft "
                           "systems (UAS). One was defeated by counter-UAS systems (Coyote). "
                           "Earlier a guard saw a small commercial drone over the fence.")
    assert "one-way attack unmanned aircraft systems" in names
    assert "Coyote" in names
    assert "commercial drones" in names
    assert "drones" not in names


def test_a_colon_after_a_verb_is_no_toll_label():
    figures = DRAFTS.figures("The operator said four crew had been hurt: three from Fiji and "
                             "one from Chile.")
    assert (3.0, "injured") not in figures


def test_a_bare_rate_counts_the_plural_its_sentence_opens_with():
    figures = DRAFTS.figures("Outlook: Ferry delays in the north are likely to go on at "
                             "a rate of one to two per day.")
    assert (1.0, "delays a day") in figures
