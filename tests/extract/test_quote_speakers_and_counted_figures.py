"""Quote speakers never taken from inside the quote, and counts written in less usual shapes."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-14", "Regional security update")


def test_a_pronoun_after_a_quote_is_not_the_person_the_quote_names():
    speakers = DRAFTS.speakers(
        "Prime Minister Arman Karimov signed the truce on Monday.\n\n"
        "Leyla Haddad, a researcher at the Cedar Forum in Beirut, said the truce was fragile.\n\n"
        '"Karimov can claim he won the vote, and the generals can claim they kept the army," '
        'she said.')
    assert speakers["Karimov can claim he"].endswith("Haddad")


def test_one_of_them_speaks_for_the_unnamed_sources_counted_before():
    speakers = DRAFTS.speakers(
        "Patrol numbers fell over the winter, according to three navy officials who asked not "
        'to be named. One of them said the fleet now kept "fewer than a dozen" boats at sea.')
    assert speakers["fewer than a dozen"] == "navy official"


def test_a_phrase_after_the_quote_that_starts_with_a_preposition_names_no_speaker():
    speakers = DRAFTS.speakers(
        "A police sergeant said the gate had been closed since dawn.\n\n"
        "The Northern Brigades claimed the raid in an online statement, saying it had hit "
        '"the enemy depot" with "four rockets" in reply to what it called provocations.')
    assert speakers["four rockets"] == "Northern Brigades"


def test_a_number_that_opens_a_sentence_on_what_remains_counts_the_noun_before():
    figures = DRAFTS.figures(
        "Last spring the navy ran patrols from nine harbours on the coast. Three remain, "
        "among them the main port.")
    assert (3.0, "harbours") in figures


def test_a_bare_number_placed_in_a_country_counts_the_troops_asked_about():
    figures = DRAFTS.figures(
        "Q: How many troops does the alliance keep in the region?\n\n"
        "A: About 600 in Latvia and roughly 1,200 in Estonia.")
    assert (600.0, "troops") in figures
    assert (1200.0, "troops") in figures


def test_a_count_written_with_a_times_sign_counts_the_munitions():
    after = DRAFTS.figures("Militants fired 6 x 122mm rockets at the airfield on Monday.")
    assert (6.0, "rockets") in after
    inside = DRAFTS.figures("Weapon: Rockets (3 x 122mm), launched from a truck near the gate.")
    assert (3.0, "rockets") in inside


def test_casualty_shorthand_in_a_table_is_no_figure():
    figures = DRAFTS.figures("12 May\tPatrol base North\tIED\t3 KIA, 2 WIA")
    assert all(unit.lower() not in ("kia", "wia") for _, unit in figures)


def test_an_adverb_after_a_number_is_no_unit():
    figures = DRAFTS.figures(
        "Rockets hit the camp, injuring several soldiers, with three later evaluated for "
        "concussion.")
    assert all(unit != "later" for _, unit in figures)


def test_a_plural_noun_used_as_a_modifier_does_not_end_the_phrase():
    figures = DRAFTS.figures("Jets struck two weapons and fuel storage depots near the river.")
    assert (2.0, "depots") in figures
    assert (3.0, "depots") in DRAFTS.figures("Jets struck three weapons depots in the desert.")


def test_those_the_dead_included_are_part_of_the_toll_not_a_figure():
    figures = DRAFTS.figures(
        "An air strike killed five fighters, and their group said the dead included two "
        "bomb makers.")
    assert (2.0, "makers") not in figures


def test_a_vague_tally_of_attacks_after_a_year_is_background():
    figures = DRAFTS.figures(
        "The airfield has been the target of dozens of drone attacks after January 2024.")
    assert figures == []


def test_a_body_that_has_met_a_number_of_times_counts_meetings():
    figures = DRAFTS.figures("The joint committee has met at least four times since March.")
    assert (4.0, "meetings") in figures


def test_some_of_the_larger_pieces_are_no_count():
    figures = DRAFTS.figures(
        "The two moves are two of the bigger parts of a wider reshuffle of forces in Europe.")
    assert figures == []
