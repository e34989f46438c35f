"""Counts split by fate or by place, numbers abbreviated with K, and counts that only point
back at a group already counted."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Monthly counter-terrorism summary")


def test_a_count_after_a_capture_verb_with_others_counts_the_ones_held():
    figures = DRAFTS.figures(
        "Partner forces mounted 14 raids last month, killing 9 militants and arresting 23 others.")
    assert (23.0, "arrested") in figures
    assert (23.0, "others") not in figures


def test_a_tally_by_fate_labels_the_first_count_with_its_participle():
    figures = DRAFTS.figures(
        "The sweeps in the valley left 8 insurgents killed and 15 detained, the army said.")
    assert (8.0, "insurgents killed") in figures
    assert (15.0, "detained") in figures


def test_a_noun_before_an_active_verb_is_not_a_tally_by_fate():
    figures = DRAFTS.figures("Two roadside bombs killed six police officers near the market.")
    assert (2.0, "bombs") in figures


def test_numbers_in_apposition_to_a_plural_count_that_plural():
    figures = DRAFTS.figures(
        "The patrols, 9 in the north and 16 in the south, ran without incident in April.")
    assert (9.0, "patrols") in figures
    assert (16.0, "patrols") in figures
    assert all(unit != "troops" for _, unit in figures)


def test_a_k_after_digits_means_thousands():
    figures = DRAFTS.figures("The ministry plans to send 4K troops and spend $25k on housing.")
    assert (4000.0, "troops") in figures
    assert (25000.0, "USD") in figures


def test_a_post_reach_in_k_is_still_no_figure():
    assert DRAFTS.figures("The clip drew 48K views within an hour.") == []


def test_a_definite_spelled_count_points_back_and_is_not_drafted_again():
    figures = DRAFTS.figures(
        "Doctors later found concussions in five sailors. Why were the five concussions "
        "not reported at once?")
    assert (5.0, "sailors") in figures
    assert all(unit != "concussions" for _, unit in figures)


def test_a_part_of_a_definite_whole_still_counts_the_whole():
    figures = DRAFTS.figures(
        "Air defences downed three of the seven cruise missiles fired at the port overnight.")
    assert (7.0, "missiles") in figures
    assert (3.0, "missiles") in figures


def test_the_plural_vague_group_named_with_the_is_background_not_a_count():
    figures = DRAFTS.figures(
        "Officials worry about the thousands of fighters held in camps across the region.")
    assert figures == []


def test_a_base_hosting_thousands_of_troops_is_background_not_a_count():
    assert DRAFTS.figures("The drone fell near a base that hosts thousands of troops.") == []


def test_a_distance_of_one_mile_with_a_qualifier_is_a_figure():
    figures = DRAFTS.figures("The drone came down roughly one mile from the outpost.")
    assert (1.0, "mi") in figures


def test_a_number_of_people_hurt_labels_the_count_with_the_hurt_and_in_lower_case():
    facts = DRAFTS.facts("Update: the number of our guards injured is now FOUR, not three.")
    labels = {(f.value, f.unit): f.label for f in facts.figures}
    assert (4.0, "guards") in labels
    assert labels[(4.0, "guards")].startswith("four guards injured")
