"""Figures and systems of tracking pages, alert logs and guidance documents: how long an outage
lasted, a slashed position, a date in capitals, "one way" without its hyphen, "N more" of a
force, a rejected count, near misses, a fighter's mark in the plural, the older "unmanned
surface vessel" and a drone told only by its strike. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-04", "Security update")


def test_an_outage_named_by_its_gap_or_by_what_came_back_is_a_figure():
    figures = DRAFTS.figures(
        "The tanker's tracker went silent at 21:10 on Monday and came back at 05:40, a gap "
        "of almost eight hours. Flights at the airport resumed after about six hours."
    )
    assert (8.0, "hours") in figures and (6.0, "hours") in figures


def test_a_span_of_years_before_a_return_stays_out():
    assert DRAFTS.figures("The battalion came home after three years in the desert.") == []


def test_a_position_with_its_halves_split_by_a_slash_is_no_figure():
    figures = DRAFTS.figures(
        "| Position | 12.4410 N / 44.0193 E |\n\n| Speed | 0.4 kn |\n\n"
        "The freighter anchored 30 nautical miles off the coast."
    )
    assert figures == [(0.4, "kn"), (30.0, "nautical miles")]


def test_a_date_in_capitals_is_no_figure():
    figures = DRAFTS.figures(
        "SUBJECT: AIR STRIKES ON COASTAL SITES, 2 DECEMBER 2026\n\n"
        "Aircraft struck 9 targets at three locations."
    )
    assert figures == [(9.0, "targets"), (3.0, "locations")]


def test_one_way_without_its_hyphen_leaves_the_count_to_the_drones():
    figures = DRAFTS.figures(
        "ok so it was three one way attack drones that came in from the west at night"
    )
    assert figures == [(3.0, "drones")]


def test_n_more_of_a_force_counts_the_force_just_counted():
    figures = DRAFTS.figures(
        "The army keeps about 8,000 troops in the country. Roughly 1,500 more are due "
        "to rotate through the port by spring."
    )
    assert figures == [(8000.0, "troops"), (1500.0, "troops")]


def test_a_vague_or_unspoken_more_borrows_no_noun():
    assert DRAFTS.figures(
        "About 700 troops are in the east. A few hundred more remain near the border."
    ) == [(700.0, "troops")]
    assert DRAFTS.figures(
        "The camp holds about ninety people. I would ask for six more, so a hundred total."
    ) == [(90.0, "people")]


def test_a_count_an_estimate_rules_out_and_a_share_of_one_are_no_figures():
    figures = DRAFTS.figures(
        "A full battery needs some 20 loads, so nine flights is most of one battery and "
        "not two, whatever the rumours say."
    )
    assert figures == [(20.0, "loads"), (9.0, "flights")]


def test_near_misses_are_what_is_counted():
    figures = DRAFTS.figures("There were at least three near misses in the strait last month.")
    assert figures == [(3.0, "near misses")]


def test_a_fighters_mark_in_the_plural_names_the_fighter():
    systems = DRAFTS.systems("Four Typhoon FGR4s flying from the island struck a radar site.")
    assert "Typhoon" in systems


def test_unmanned_surface_vessel_is_kept_as_written_and_its_initials_fold_in():
    systems = DRAFTS.systems(
        "The strikes hit an unmanned surface vessel (USV) depot in the port. Two USVs "
        "were destroyed."
    )
    assert systems == ["unmanned surface vessel"]


def test_a_drone_told_only_by_its_strike_is_a_system():
    assert DRAFTS.systems(
        "ALERT: Drone strike on a van near the coast road this morning, 1 killed."
    ) == ["drones"]


def test_a_drone_strike_adds_nothing_beside_named_drones():
    systems = DRAFTS.systems(
        "Two Shahed-136 drones hit the depot. A drone strike on a car followed."
    )
    assert "drones" not in systems
