"""Figures: a loose age, a number word inside a name and a run-in section number are no counts;
a vote's tally, a "-strong" crew, a tally so far written as an ordinal word, a hedged repeat in
words, a distance of one unit and a make named after "were" are. Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-21", "Figures test article")


def test_a_casualty_described_by_a_loose_age_is_no_count():
    figures = DRAFTS.figures("Medics treated a man of about 50 with burns to his arms.")
    assert all(value != 50.0 for value, _ in figures)


def test_an_age_guessed_with_ish_is_no_count():
    figures = DRAFTS.figures("the driver who was hurt was 45ish, the local office said")
    assert figures == []


def test_a_number_word_inside_a_party_name_is_no_count():
    figures = DRAFTS.figures("The plan was criticised by Five Star Movement senator Ada Russo.")
    assert figures == []


def test_a_run_in_section_number_is_no_count():
    figures = DRAFTS.figures("Nothing else changes. 4.2 Removals. Aden: the port is removed.")
    assert figures == []


def test_a_vote_tally_is_two_counts_of_votes():
    figures = DRAFTS.figures("The motion passed by a vote of 312 to 97 on Thursday.")
    assert figures == [(312.0, "votes"), (97.0, "votes")]


def test_a_range_a_convoy_carried_is_no_vote():
    figures = DRAFTS.figures("The militia convoy carried 20-30 fighters towards the border.")
    assert not any(unit == "votes" for _, unit in figures)
    assert DRAFTS.figures("The senators voted 62-38 to keep the troops.") == \
        [(62.0, "votes"), (38.0, "votes")]


def test_a_strong_crew_counts_the_crew():
    assert DRAFTS.figures("The 18-strong crew abandoned the freighter.") == [(18.0, "crew")]


def test_all_n_counts_a_group_named_for_the_first_time():
    figures = DRAFTS.figures("All six Indian crew members aboard the bulk carrier are safe.")
    assert (6.0, "crew members") in figures


def test_all_n_after_the_same_count_names_the_group_again():
    figures = DRAFTS.figures("Six sailors were hurt. All six sailors were flown to Djibouti.")
    assert figures == [(6.0, "sailors")]


def test_an_ordinal_word_hedged_is_a_tally_of_the_attack_it_follows():
    figures = DRAFTS.figures(
        "Monday's strike was at least the sixth on bases near Kirkuk since August.")
    assert figures == [(6.0, "strikes")]


def test_an_ordinal_word_unhedged_names_which_attack_not_a_tally():
    assert DRAFTS.figures("It was the third attack on the airport this month.") == []


def test_a_hedged_repeat_in_words_is_a_tally():
    assert (7.0, "attacks") in DRAFTS.figures(
        "U.S. troops at the airport have been attacked at least seven times.")


def test_a_multiplier_is_no_tally_of_times():
    assert DRAFTS.figures("An interceptor costs 20 times more than the drone.") == []


def test_one_nautical_mile_is_a_distance():
    figures = DRAFTS.figures("A missile landed approximately one nautical mile from the ship.")
    assert figures == [(1.0, "nautical miles")]


def test_a_width_glued_to_its_unit_is_in_that_unit():
    assert DRAFTS.figures("Ships crowd the 40km-wide channel.") == [(40.0, "km")]


def test_a_share_named_after_were_by_its_make_counts_that_make():
    figures = DRAFTS.figures(
        "The army holds 900 Patriot interceptors, of which perhaps 300 were the newer PAC-3 MSE.")
    assert (300.0, "PAC-3 MSE") in figures


def test_a_multiplier_is_no_tally_however_it_is_spaced():
    assert DRAFTS.figures("The army now has 3  times as many drones as last year.") == []
