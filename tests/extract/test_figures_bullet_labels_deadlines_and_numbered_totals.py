"""Figures: a bulleted label naming what its numbers count, a deadline set "within" so many
days, a plural that "now numbers" so many, and "so far" after a count. Sentences written for
these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-08-20", "Weekly threat picture")


def test_a_bulleted_label_names_the_counted_noun_past_its_qualifiers():
    figures = DRAFTS.figures("Trends\n\n- Rocket launches against outposts in the north: 12 in "
                             "JUL; 19 so far in AUG\n\n- Sniper (small-arms) incidents near the "
                             "wall: 4 in past week")
    assert (12, "launches") in figures
    assert (19, "launches") in figures
    assert (4, "incidents") in figures
    assert not any(unit == "far" for _, unit in figures)


def test_a_label_whose_plural_word_is_no_head_noun_lends_nothing():
    figures = DRAFTS.figures("- Debris warning: 3 of 8 villages hit this month")
    assert (3, "debris") not in figures


def test_a_deadline_within_so_many_days_is_a_figure():
    figures = DRAFTS.figures("The council ordered the ministry to deliver its findings within "
                             "twenty (20) days of the vote.")
    assert (20, "days") in figures


def test_a_span_of_time_without_a_deadline_stays_out():
    assert DRAFTS.figures("The convoy waited for 20 days at the crossing.") == []


def test_a_plural_that_now_numbers_so_many_is_what_is_counted():
    figures = DRAFTS.figures("The group said its raids since March 2024 now number more than "
                             "140.")
    assert (140, "raids") in figures
