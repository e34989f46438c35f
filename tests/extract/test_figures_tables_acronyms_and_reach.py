"""Figures read from a table's cells under their column's header, an organisation's initials
after a number that break down a toll rather than count anything, a post's reach ("shared
5,000 times"), a clip's running time, a time adverb after an attributive plural and a
counter-drone system's kind. Every sentence is written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-03-02", "Border posts update")


def test_a_tab_separated_table_counts_each_cell_by_its_column_header():
    text = ("Attacks on border posts, by month:\n"
            "Month\tRaids\tShellings\tSoldiers wounded\n"
            "March\t6\t11\t0\n"
            "April\t8\t15\t3\n\n"
            "The army said the posts would be reinforced.")
    figures = DRAFTS.figures(text)
    assert (6.0, "raids") in figures
    assert (8.0, "raids") in figures
    assert (15.0, "shellings") in figures
    assert (3.0, "soldiers wounded") in figures
    assert all(value != 0.0 for value, _ in figures)  # an empty cell counts nothing


def test_a_table_column_of_dates_or_codes_gives_no_figures():
    text = ("Incident log:\n"
            "Post\tDay\tReference\n"
            "North gate\t12\t4471\n"
            "South gate\t14\t4480\n\n"
            "Both posts reopened on Friday.")
    assert DRAFTS.figures(text) == []


def test_an_organisations_initials_after_a_number_break_down_a_toll_and_count_nothing():
    text = ("Six people were wounded (4 KDF, 2 civilians) when a drone hit the post. "
            "A KDF spokesman said the drone came from the south.")
    figures = DRAFTS.figures(text)
    assert all(unit.lower() != "kdf" for _, unit in figures)


def test_initials_joined_to_a_plural_noun_still_count_that_noun():
    text = ("The monitor said 120 RLF and allied fighters were killed. "
            "The RLF said it had lost fewer.")
    assert any(value == 120.0 for value, _ in DRAFTS.figures(text))


def test_a_posts_reach_is_counted_in_shares_and_views():
    text = ("The doctored clip had been shared more than 5,000 times by Tuesday and viewed "
            "about 900,000 times on another platform.")
    figures = DRAFTS.figures(text)
    assert (5000.0, "shares") in figures
    assert (900000.0, "views") in figures


def test_a_clips_running_time_is_a_figure_but_other_spans_are_not():
    figures = DRAFTS.figures("A 32-second video showed the convoy, which reached the post "
                             "two days later after a 10-minute stop at the gate.")
    assert (32.0, "seconds") in figures
    assert all(unit not in ("days", "minutes") for _, unit in figures)


def test_a_time_adverb_after_an_attributive_plural_ends_the_noun():
    figures = DRAFTS.figures("The group said it carried out three rocket operations overnight.")
    assert (3.0, "operations") in figures


def test_a_counter_drone_system_keeps_what_it_counters_in_its_unit():
    figures = DRAFTS.figures("The army added four mobile counter-drone systems at the post.")
    assert (4.0, "counter-drone systems") in figures
