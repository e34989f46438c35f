"""Figures: days of the Iranian calendar, "multi-million" as an adjective, a target rate of the
count just named, a share set aside, "N of the M shelters" after a label, a loss list's item
serials, table row numbers, parts "of which" a head count, and a kit's fate opening a
sentence. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-22", "Figures note")


def test_a_day_of_an_iranian_month_is_never_a_count():
    figures = DRAFTS.figures("Tasnim reported on Saturday, 30 Aban in the Iranian calendar, "
                             "that 12 drones had been launched; on 1 Mehr it fired 3 missiles.")
    assert figures == [(12.0, "drones"), (3.0, "missiles")]


def test_multi_million_is_an_adjective_not_an_amount():
    assert DRAFTS.figures("Navies cannot keep firing multi-million dollar missiles at "
                          "cheap drones.") == []


def test_a_target_rate_counts_what_the_count_before_it_counts():
    figures = DRAFTS.figures("The plant delivered about 500 interceptors in 2025 and aims to "
                             "reach 700 a year.")
    assert (700.0, "interceptors a year") in figures


def test_a_share_set_aside_lends_no_noun_to_the_next_bare_count():
    figures = DRAFTS.figures("Jets scrambled 300 times. It says 200 of them, or about 66 "
                             "percent, were against one neighbour, and 80 were against another.")
    assert (80.0, "scrambles") in figures and (80.0, "%") not in figures


def test_n_of_the_m_after_a_label_counts_the_m_noun():
    figures = DRAFTS.figures("Gaps: 9 of the 30 schools lack windows.")
    assert (9.0, "schools") in figures


def test_a_loss_lists_item_serials_are_not_counts():
    figures = DRAFTS.figures("- 3 Shahed-136: (1, destroyed) (link) (2, captured) (link) "
                             "(3, damaged) (link)")
    assert figures == [(3.0, "shahed-136")]


def test_a_table_row_number_is_not_a_count():
    figures = DRAFTS.figures("Summary: 11 unique incidents (row 4 is a duplicate).")
    assert figures == [(11.0, "incidents")]


def test_parts_of_which_a_head_count_counts_the_head_noun_not_what_they_used():
    figures = DRAFTS.figures("Attacks on bases: 9, of which 5 used drones and 4 used rockets.")
    assert figures == [(9.0, "attacks"), (5.0, "attacks"), (4.0, "attacks")]


def test_a_sentence_opening_on_the_kits_fate_counts_the_kit_before():
    figures = DRAFTS.figures("Four drones were launched at the base. Three were shot down by "
                             "its air defences.")
    assert (3.0, "drones") in figures
