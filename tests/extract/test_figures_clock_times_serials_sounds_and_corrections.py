"""Numbers that count nothing the report tallies: a four-digit time of day after a hedged
preposition or naming a meeting, a document's serial written like a range, sounds witnesses
heard, a zero per cent offer, the count a correction sets aside; and a lone "one" listed after
counted weapons. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-04-02", "Regional security brief")


def test_a_hedged_four_digit_time_before_a_participle_is_not_a_figure():
    figures = DRAFTS.figures(
        "The ministry posted a notice at around 1530 warning three convoys to wait."
    )
    assert figures == [(3.0, "convoys")]


def test_a_four_digit_time_naming_a_meeting_is_not_a_figure():
    assert DRAFTS.figures("Staff prepared maps for the 0930 security briefing on Friday.") == []


def test_a_four_digit_count_before_a_plural_after_the_is_still_a_figure():
    assert (1800.0, "troops") in DRAFTS.figures(
        "The 1800 allied troops moved north on Friday.")


def test_a_document_serial_shaped_like_a_range_is_not_a_figure():
    figures = DRAFTS.figures(
        "The command listed 40 targets in its statement (see bulletin 25-0412 on the site).")
    assert figures == [(40.0, "targets")]


def test_sounds_heard_by_witnesses_are_not_figures():
    figures = DRAFTS.figures(
        "Neighbours heard three explosions and two heavy thuds before the guns fired "
        "four short bursts. Five rockets hit the airfield.")
    assert figures == [(5.0, "rockets")]


def test_explosions_counted_without_a_witness_hearing_them_stay_figures():
    assert (4.0, "explosions") in DRAFTS.figures("Four explosions damaged the fuel depot.")


def test_a_zero_per_cent_offer_is_not_a_figure():
    assert DRAFTS.figures("SPRING OFFER: 0% INTEREST ON ALL MODELS") == []


def test_the_count_a_bracketed_correction_sets_aside_is_not_a_figure():
    figures = DRAFTS.figures("Police said 4 gunmen were arrested (not 5) after the raid.")
    assert figures == [(4.0, "gunmen")]


def test_one_weapon_listed_after_counted_models_is_a_figure():
    figures = DRAFTS.figures(
        "Crews downed 40 drones, two Kh-59 cruise missiles and one Kh-47M2 missile overnight.")
    assert (1.0, "missile") in figures


def test_one_person_listed_after_a_toll_breakdown_is_not_a_figure():
    figures = DRAFTS.figures("The blast wounded three Kurdish guards and one American adviser.")
    assert all(value != 1.0 for value, _ in figures)
