"""Figures: a notebook's shorthand spelled out, a fact sheet's boxed numbers read with their
captions, and numbers that cite a law, an item, a page or a clock time left out. Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-20", "Desk notes")


def test_notebook_shorthand_nouns_are_spelled_out():
    figures = DRAFTS.figures("Police found 5 unfired rkts near the launcher.\n\n"
                             "Camp holds ~900 ppl incl contractors.")
    assert (5.0, "rockets") in figures
    assert (900.0, "people") in figures


def test_a_tilde_before_a_number_means_about():
    facts = DRAFTS.facts("Camp holds ~900 ppl incl contractors.")
    assert [f.qualifier for f in facts.figures if f.value == 900.0] == ["about"]


def test_a_verb_or_multiplier_sign_is_never_the_unit():
    figures = DRAFTS.figures("?? 3x or 4x drones -- base says 3 of 4 got through.")
    assert not any(unit in ("x", "got") for _, unit in figures)


def test_a_boxed_number_takes_its_caption_below():
    figures = DRAFTS.figures("BY THE NUMBERS\n\n27\n\nrockets fired at the airfield since May\n\n"
                             "~1,200\n\nU.S. troops at the airfield\n")
    assert (27.0, "rockets") in figures
    assert (1200.0, "troops") in figures


def test_a_code_title_and_an_item_number_are_no_figures():
    figures = DRAFTS.figures("The suit is brought under 18 U.S.C. § 2333. Three drones hit the "
                             "depot (see item 6).")
    assert figures == [(3.0, "drones")]


def test_a_clock_time_in_a_short_zone_is_no_figure():
    assert DRAFTS.figures("The briefing is at 11 ET and may cover the raid.") == []


def test_a_spokesperson_s_announcements_are_no_tally():
    assert DRAFTS.figures("I have three announcements before questions.") == []


def test_a_level_told_after_its_noun_counts_that_noun():
    figures = DRAFTS.figures("US troops in the country remain at about 2,000, officials said.")
    assert (2000.0, "troops") in figures

