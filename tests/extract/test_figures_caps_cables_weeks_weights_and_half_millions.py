"""Figures in message traffic, trackers, transcripts and PDF notes: a local clock time and an
ordinal written in capitals, a week's number, a weight before its noun, "N and a half million",
points of an argument and a note marker glued to a closing quote are read for what they are.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-21", "Cable and tracker note")


def test_a_clock_time_marked_local_in_capitals_is_no_count():
    figures = DRAFTS.figures("AT 0930Z (1230 LOCAL) FIVE (5) ROCKETS STRUCK THE RANGE.")
    assert all(value != 1230.0 for value, _ in figures)


def test_an_ordinal_in_capitals_in_brackets_is_no_count():
    figures = DRAFTS.figures("THIS WAS THE SECOND (2ND) ROCKET ATTACK ON THE CAMP.")
    assert all(unit != "nd" for _, unit in figures)


def test_a_week_number_is_no_count_of_what_follows():
    figures = DRAFTS.figures("Activity matched wk 12 (five incidents) in the north.")
    assert (12.0, "incidents") not in figures
    assert (5.0, "incidents") in figures


def test_a_count_after_a_span_of_a_week_stays_a_count():
    figures = DRAFTS.figures("Over the past week 30 fighters were detained near the border.")
    assert (30.0, "fighters") in figures


def test_a_weight_before_its_noun_is_measured_in_the_weight():
    assert (40.0, "kg") in DRAFTS.figures("The drone carried a 40 kg warhead into the depot.")
    assert (10.0, "kg") in DRAFTS.figures("THE UAS CARRIED A 10-15 KG CHARGE, EOD REPORTED.")


def test_number_words_and_a_half_million_are_one_sum():
    figures = DRAFTS.figures("The repairs cost three and a half million dollars, the mayor said.")
    assert (3500000.0, "USD") in figures
    assert (1000000.0, "USD") not in figures


def test_points_of_an_argument_counted_in_respects_are_no_figure():
    assert DRAFTS.figures("The ceasefire differs from the last one in three respects.") == []


def test_a_note_marker_glued_to_a_closing_quote_is_no_count():
    text = 'The envoy said "the talks are over."7 Figure 2. Strikes by province'
    assert all(value != 7.0 for value, _ in DRAFTS.figures(text))


def test_one_weapon_listed_after_counts_with_two_modifiers_or_a_model_plural_is_counted():
    figures = DRAFTS.figures(
        "The frigate faced six drones, three land-attack cruise missiles and one glide bomb.")
    assert (1.0, "bomb") in figures
    figures = DRAFTS.figures("The cruiser fired two SM-3s and one SM-6 at the threat.")
    assert any(value == 1.0 and unit.lower() == "sm-6" for value, unit in figures)


def test_one_official_after_a_listed_count_of_people_stays_out():
    assert DRAFTS.figures("She briefed two senior officials and one diplomat.") == []
