"""Numbers that count nothing on the page (list item numbers, footnotes under a rule, a file's
size, a shop's discount, a year after a qualifier), and bare numbers that count what the
sentence before counted. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-10", "Posture and basing brief")


def test_a_nationality_and_armed_before_forces_personnel_do_not_become_the_unit():
    figures = DRAFTS.figures(
        "There were roughly 320 French armed forces personnel at the base in early May."
    )
    assert figures == [(320.0, "personnel")]


def test_a_capitalised_adjective_before_a_list_of_nouns_keeps_the_noun():
    assert DRAFTS.figures("The training mission draws staff from 23 Allied and partner "
                          "countries.") == [(23.0, "countries")]


def test_a_headline_verb_after_the_noun_is_not_the_unit():
    assert DRAFTS.figures("Rocket Hits Depot, 3 Guards Injured by Shrapnel") == [
        (3.0, "guards")]


def test_bracketed_list_item_numbers_are_not_figures():
    figures = DRAFTS.figures(
        "The minister asked parliament to approve: (1) $800 million for radar upgrades; "
        "(2) faster purchase of short-range interceptors; and (3) renewal of the basing "
        "agreement."
    )
    assert figures == [(800000000.0, "USD")]


def test_footnotes_under_a_rule_of_underscores_are_not_figures():
    figures = DRAFTS.figures(
        "Engineers repaired 14 runways across the region last year.\n\n"
        "____________\n\n"
        "2 Early estimates were lower. The count was updated in March.\n\n"
        "3 Totals exclude work funded by host nations."
    )
    assert figures == [(14.0, "runways")]


def test_a_file_size_and_a_promotion_discount_are_not_figures():
    figures = DRAFTS.figures(
        "Download the report (12.3 MB) here. Subscribers get 20% off with code BRIEF. "
        "The survey counted 41 checkpoints."
    )
    assert figures == [(41.0, "checkpoints")]


def test_a_year_after_a_qualifier_word_is_never_a_count():
    figures = DRAFTS.figures(
        "The army cut its troop numbers there from about 4,000 to fewer than 1,500 "
        "over 2024 and 2025."
    )
    assert (2024.0, "troops") not in figures
    assert (1500.0, "troops") in figures


def test_a_label_cell_before_a_toll_is_not_a_name_with_a_number():
    figures = DRAFTS.figures("Result\tcompound destroyed\nCasualties\t4 killed, 9 wounded\n")
    assert (4.0, "killed") in figures and (9.0, "wounded") in figures


def test_counts_split_by_place_in_the_next_sentence_count_the_same_thing():
    figures = DRAFTS.figures(
        "Our tracker lists 31 attacks on the convoys since spring. Nineteen in Jordan, "
        "twelve in Syria."
    )
    assert (19.0, "attacks") in figures and (12.0, "attacks") in figures


def test_a_number_compared_with_the_count_before_counts_the_same_thing():
    figures = DRAFTS.figures(
        "About 800 sailors were aboard the carrier group in June. That is down from "
        "roughly 1,900 last winter."
    )
    assert (1900.0, "sailors") in figures


def test_a_pronoun_after_a_number_is_never_its_unit():
    figures = DRAFTS.figures("The monitors logged 64 strikes in May. That is well short of "
                             "the 90-plus we recorded in March.")
    assert all(unit != "we" for _, unit in figures)


def test_of_whom_counts_the_noun_just_before_the_comma():
    figures = DRAFTS.figures(
        "The 40 foreign mentors will leave in June. Local medics, 260 of whom finished the "
        "course, will take over."
    )
    assert (260.0, "medics") in figures


def test_a_noun_phrase_with_its_acronym_in_brackets_counts_in_the_acronym():
    figures = DRAFTS.figures("Troops cleared four improvised explosive devices (IEDs) from "
                             "the road.")
    assert figures == [(4.0, "IEDs")]


def test_how_long_a_disruption_lasted_is_a_figure_but_other_spans_are_not():
    figures = DRAFTS.figures(
        "Flights at the airport were halted for about six hours after the alert. "
        "The unit has served in the region for three years."
    )
    assert figures == [(6.0, "hours")]


def test_a_bare_table_cell_does_not_borrow_the_unit_of_the_cell_before():
    figures = DRAFTS.figures("District\tEvents\tKilled\tInjured\n\nALL\t12 events\t4\t7\n")
    assert (4.0, "events") not in figures and (7.0, "events") not in figures


def test_a_noun_phrase_with_brackets_that_are_no_acronym_of_it_keeps_its_noun():
    assert DRAFTS.figures("Gunners fired six ballistic missiles (SRBMs) at the port.") == [
        (6.0, "missiles")]


def test_a_hedged_upper_bound_after_a_comma_makes_one_range():
    facts = DRAFTS.facts("A small drone may cost $15,000, perhaps $40,000, to build.")
    assert [(f.value, f.value_high, f.qualifier) for f in facts.figures] == [
        (15000.0, 40000.0, "range")]
