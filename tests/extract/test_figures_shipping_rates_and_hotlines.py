"""Figures in shipping and economic reporting and on pasted pages: a ship's deadweight, a glued
"m" for millions before a plural noun, a rate whose noun is the sentence's subject, a missile
type kept with its plural, a post's age and follower count, a number to call, and a bare count
placed elsewhere after the sentence that named its noun. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-10", "Shipping and posture note")


def test_deadweight_tonnage_is_the_unit_of_a_ships_size():
    figures = DRAFTS.figures("The Panama-flagged Northern Gale, a 74,300 dwt bulker bound for "
                             "Jeddah, reported a blast off its bow.")
    assert (74300.0, "dwt") in figures


def test_a_glued_m_before_a_plural_noun_is_millions():
    figures = DRAFTS.figures("The ship carried roughly 2m barrels of crude when it was hit. "
                             "The mast stood 40m above the deck.")
    assert (2000000.0, "barrels") in figures
    assert (40.0, "m") in figures


def test_a_glued_m_before_a_direction_stays_metres():
    figures = DRAFTS.figures("The patrol walked 300m towards the gate before the blast.")
    assert (300.0, "m") in figures


def test_a_rate_without_a_noun_counts_the_plural_the_sentence_opens_on():
    figures = DRAFTS.figures("Crossings through the strait have averaged 41 a day this month.")
    assert figures == [(41.0, "crossings a day")]


def test_a_missile_type_stays_with_its_acronym_plural():
    figures = DRAFTS.figures("The plant will build about 500 PAC-3 MSEs next year.")
    assert figures == [(500.0, "PAC-3 MSEs")]


def test_a_posts_age_and_follower_count_are_not_figures():
    figures = DRAFTS.figures("Gulf Watch @gulfwatch · 37m Footage of the fire at the port. "
                             "Joined May 2020 88.2K Followers")
    assert figures == []


def test_a_number_to_call_is_not_a_figure_but_a_count_after_bring_is():
    figures = DRAFTS.figures("Residents who see debris should call 112 at once. "
                             "The squadron will bring 8 F-35s to the base.")
    assert figures == [(8.0, "F-35s")]


def test_a_bare_count_placed_at_a_base_borrows_the_noun_of_the_sentence_before():
    figures = DRAFTS.figures("Germany hosts about 35,000 American troops. "
                             "Some 9,000 are at Ramstein in the west.")
    assert (9000.0, "troops") in figures
