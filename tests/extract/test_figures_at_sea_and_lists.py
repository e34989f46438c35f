"""Figures in maritime warnings and lists: nautical miles written "NM", positions in degrees
and minutes, modifiers listed before one noun, scare-quoted vague amounts, a bounded dozen in
a quote. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-10", "Maritime security note")


def test_nautical_miles_written_nm_keep_their_unit_before_a_bearing():
    figures = DRAFTS.figures(
        "A tanker reported an explosion 42NM SE of the port. "
        "A skiff approached a second ship 15 NM north of the island. "
        "A third vessel saw a drone 7nm W of the cape."
    )
    assert figures == [(42.0, "NM"), (15.0, "NM"), (7.0, "NM")]


def test_positions_in_degrees_and_minutes_are_not_figures():
    figures = DRAFTS.figures(
        "The bulk carrier, in position 12°31'N 043°27'E, reported a fire. "
        "A dhow was boarded at 13 42N 048 05E."
    )
    assert figures == []


def test_a_position_beside_a_distance_does_not_lend_it_a_count():
    figures = DRAFTS.figures(
        "| 021/2026 | 03 Jun 2026 | 11°50'N 044°12'E | 30NM S of the cape | Skiff fired. |"
    )
    assert figures == [(30.0, "NM")]


def test_lowercase_nm_before_a_product_is_not_nautical_miles():
    assert (5.0, "NM") not in DRAFTS.figures("The plant will make 5nm chips for radar firms.")


def test_modifiers_listed_before_one_plural_noun_count_that_noun():
    figures = DRAFTS.figures(
        "Monitors counted at least 45 mortar, rocket and drone attacks on the valley in May. "
        "Police detained 16 Afghan, Pakistani and Iranian nationals at the crossing."
    )
    assert figures == [(45.0, "attacks"), (16.0, "nationals")]


def test_a_vague_plural_in_scare_quotes_is_not_a_figure():
    figures = DRAFTS.figures('A militia spokesman said his men had seized "hundreds" of rifles.')
    assert figures == []


def test_a_bounded_dozen_inside_a_quotation_is_still_a_count():
    figures = DRAFTS.figures(
        '"We have moved out of more than a dozen outposts since winter, and we are not done," '
        "the colonel said."
    )
    assert figures == [(12.0, "outposts")]
