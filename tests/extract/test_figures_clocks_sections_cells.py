"""Numbers in a brief's furniture that count nothing: military clock times, section numbers,
table cells; and a range said of the noun before it. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-04-02", "Regional security brief")


def test_military_clock_times_with_a_zone_or_a_leading_zero_are_not_figures():
    figures = DRAFTS.figures(
        "The convoy left the depot at 0545 CAT and reached the ferry at 1320Z. "
        "A second patrol set out near 2100 local and returned before 0830."
    )
    assert figures == []


def test_a_four_digit_count_followed_by_local_people_is_still_a_figure():
    assert (2300.0, "volunteers") in DRAFTS.figures("Some 2300 local volunteers joined the effort.")


def test_a_section_number_opening_a_line_is_not_a_figure():
    figures = DRAFTS.figures(
        "4.2 Harbour district: mortar fire near the port\n\n"
        "Mortar rounds landed near the port on Tuesday, damaging 12 warehouses."
    )
    assert figures == [(12.0, "warehouses")]


def test_a_table_cell_does_not_take_the_next_cell_as_its_unit():
    figures = DRAFTS.figures(
        "Date\tTown\tEvent\tKilled\tInjured\tSource\n\n"
        "3 Apr\tKaroto\tShelling of market\t0\t6\tClinic staff / LOW"
    )
    assert all(unit not in ("clinic", "staff") for _, unit in figures)
    assert all(value != 0 for value, _ in figures)


def test_a_range_said_of_the_noun_before_it_counts_that_noun():
    figures = DRAFTS.figures("Witnesses said the raiders, estimated at 40 to 50, fled north.")
    assert (40.0, "raiders") in figures


def test_a_range_of_two_small_numbers_is_not_read_as_a_year():
    assert (20.0, "boats") in DRAFTS.figures("Patrols counted 20 to 30 boats off the cape.")
