"""Figures: dollars other than the US one, US dollars marked after the sign, "pc" for per
cent, international phone numbers and postcode lines, note references to oral evidence, a
model's number after "a", a designation counted with its mark, gas output in the trade's
unit, and "one" listed after another count. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-09-14", "Deployment and costs note")


def test_a_dollar_marked_with_its_country_is_that_countrys_currency():
    figures = DRAFTS.figures("Wellington budgeted NZ$35m for the frigate refit, Ottawa set aside "
                             "C$2.5 billion and Canberra A$410 million.")
    assert figures == [(35000000.0, "NZD"), (2500000000.0, "CAD"), (410000000.0, "AUD")]


def test_us_dollars_marked_either_side_of_the_sign_are_usd():
    figures = DRAFTS.figures("The radar upgrade is priced at US$18m, and the spares at "
                             "$US7 million.")
    assert figures == [(18000000.0, "USD"), (7000000.0, "USD")]


def test_a_bare_dollar_beside_a_marked_us_dollar_is_the_local_dollar():
    figures = DRAFTS.figures("Australia's Defence Department said the tanker rotation would "
                             "cost about $52 million (roughly $US34 million) this year.")
    assert (52000000.0, "AUD") in figures
    assert (34000000.0, "USD") in figures


def test_a_bare_dollar_stays_usd_when_no_us_dollar_is_marked_apart():
    figures = DRAFTS.figures("Australia will buy the missiles for $300 million, the Pentagon "
                             "said.")
    assert figures == [(300000000.0, "USD")]


def test_pc_after_a_number_is_per_cent():
    figures = DRAFTS.figures("Fuel prices in the port climbed by about 12pc overnight.")
    assert figures == [(12.0, "%")]


def test_an_international_phone_number_and_a_round_the_clock_desk_are_no_figures():
    figures = DRAFTS.figures("Our 24/7 watch desk answers on +33 1 4455 6677. The firm moved "
                             "40 engineers to the region.")
    assert figures == [(40.0, "engineers")]


def test_a_postcode_before_its_town_on_an_address_line_is_no_figure():
    figures = DRAFTS.figures("Press office\n\nLandstrasse 12\n53113 Bonn\n\n"
                             "The brigade sent 300 soldiers.")
    assert figures == [(300.0, "soldiers")]


def test_a_note_citing_a_question_of_oral_evidence_is_no_figure():
    figures = DRAFTS.figures("The minister was questioned.12 Written evidence (XYZ0031), para 4 "
                             "13 Q112 [General Jane Doe] 14 See also the Second Report.")
    assert figures == []


def test_a_number_after_a_that_names_a_model_is_no_count():
    figures = DRAFTS.figures("The cost of a 787 charter to the island doubled after the raid.")
    assert figures == []


def test_a_designation_with_its_mark_is_counted_as_written():
    figures = DRAFTS.figures("Six Hawk T2 and three Atlas C1 were flown in.")
    assert figures == [(6.0, "Hawk T2"), (3.0, "Atlas C1")]


def test_members_of_two_bodies_are_counted_as_members():
    figures = DRAFTS.figures("The mission has trained over 12,000 members of the Lebanese and "
                             "Jordanian armed forces.")
    assert figures == [(12000.0, "members")]


def test_gas_output_in_millions_of_cubic_feet_a_day_is_mmcfd():
    figures = DRAFTS.figures("The plant was producing about 310 million cubic feet per day "
                             "before the strike.")
    assert figures == [(310.0, "MMcf/d")]


def test_one_listed_after_another_count_is_a_count_of_its_own():
    figures = DRAFTS.figures("Three drones and one missile were fired at the port.")
    assert (3.0, "drones") in figures
    assert (1.0, "missile") in figures


def test_a_lone_one_is_still_no_figure():
    figures = DRAFTS.figures("One official said the port was calm.")
    assert figures == []


def test_an_adverb_of_time_after_a_toll_word_is_no_unit():
    figures = DRAFTS.figures("The ministry first said six wounded overnight, then nine.")
    assert all(unit != "overnight" for _, unit in figures)


def test_a_number_word_and_a_half_is_read_with_its_half():
    figures = DRAFTS.figures("The shell landed roughly two and a half kilometres from the gate.")
    assert figures == [(2.5, "km")]
