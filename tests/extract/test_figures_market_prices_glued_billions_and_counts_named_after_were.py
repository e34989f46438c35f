"""Money and counts an analyst may put on a slide: a headline's "$2.4B" is billions, a market's
prices by the barrel keep their unit, a bare number counts what "were" names after it, a long
kit name with its short form still counts the noun after them, fighters "scrambled" so many
times count scrambles, and "an average of" is no exact count. Every sentence is written for
these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-03-09", "Markets and kit")


def _with_qualifier(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.qualifier) for f in DRAFTS.facts(text).figures]


def test_a_dollar_sum_with_a_glued_b_is_billions():
    assert (2.4e9, "USD") in DRAFTS.figures("Navy signs $2.4B deal for new radars")
    assert (3e9, "USD") in DRAFTS.figures("The firm won a $3b order for shells last year.")


def test_a_glued_b_with_cents_is_still_a_sum_not_a_small_price():
    assert (1.25e9, "USD") in DRAFTS.figures("Lawmakers added $1.25B for munitions.")


def test_a_b_that_begins_a_word_is_not_billions():
    assert (40.0, "USD") in DRAFTS.figures("Tickets cost $40 Bob said.")
    assert all(v < 1e6 for v, _ in DRAFTS.figures("It paid $12 Billings firms."))


def test_a_price_by_the_barrel_keeps_its_unit():
    assert (64.18, "USD a barrel") in DRAFTS.figures(
        "Brent crude slipped 0.4% to $64.18 a barrel in Asian trading on Tuesday.")


def test_prices_after_one_quoted_by_the_barrel_are_the_same_market():
    figures = DRAFTS.figures(
        "West Texas crude fell as low as $59.02 a barrel before settling at $59.47 in New York. "
        "Brent ended 0.2% down at $63.11.")
    assert (59.02, "USD a barrel") in figures
    assert (59.47, "USD a barrel") in figures
    assert (63.11, "USD a barrel") in figures


def test_a_small_price_with_cents_elsewhere_is_still_page_furniture():
    assert DRAFTS.figures("Subscribe today for just $4.99 a month.") == []


def test_a_bare_number_counts_the_plural_that_were_names():
    figures = DRAFTS.figures(
        "Of the 25 launches, 17 were cruise missiles and eight were attack drones.")
    assert (17.0, "missiles") in figures
    assert (8.0, "drones") in figures
    assert (17.0, "launches") not in figures


def test_were_before_a_participle_or_an_article_names_no_noun():
    figures = DRAFTS.figures("Of the nine launches, two were the first of their kind.")
    assert all(unit != "first" for _, unit in figures)


def test_a_count_before_a_long_name_and_its_short_form_counts_the_noun_after_them():
    figures = DRAFTS.figures(
        "The Navy will field three Counter Swarm Layered Intercept Module, or CSLIM, "
        "launchers at the port.")
    assert (3.0, "launchers") in figures
    figures = DRAFTS.figures(
        "Ministers approved five Extended Range Area Guard (ERAG) batteries for the north.")
    assert (5.0, "batteries") in figures


def test_fighters_scrambled_so_many_times_count_scrambles():
    assert (140.0, "scrambles") in DRAFTS.figures(
        "Interceptors based in the north were scrambled about 140 times this year.")


def test_an_average_is_not_an_exact_count():
    assert (1200000.0, "barrels a day", "about") in _with_qualifier(
        "The country shipped an average of 1.2 million barrels a day in May.")


def test_a_count_before_a_make_spelled_out_counts_the_plural_after_its_name():
    assert (450.0, "interceptors") in DRAFTS.figures(
        "The Navy ordered 450 Standard Extended Range Active Missile interceptors last week.")


def test_the_other_part_of_a_toll_is_not_a_new_count():
    figures = DRAFTS.figures("Four guards were hurt. The other two were cooks, the army said.")
    assert (2.0, "cooks") not in figures


def test_a_running_tally_written_as_an_ordinal_is_a_count_so_far():
    figures = _with_qualifier(
        "It was at least the 33rd attack on foreign troops in the region since March.")
    assert (33.0, "attacks", "at least") in figures
    assert (60.0, "rocket attacks", "exact") in _with_qualifier(
        "Officials called it the 60th rocket attack on the base this year.")


def test_an_ordinal_unit_or_anniversary_is_no_tally():
    assert DRAFTS.figures("The 101st Airborne Division marked its 80th anniversary.") == []
