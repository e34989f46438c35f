"""Counts past a model's mark, bare output rates, dimensions, and systems named as written."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-10", "Procurement update")


def test_a_model_mark_inside_a_name_does_not_become_the_counted_noun():
    figures = DRAFTS.figures("The Navy will buy 40 Tomahawk Block V missiles this year.")
    assert (40.0, "missiles") in figures
    assert all(unit != "block" for _, unit in figures)


def test_a_bare_output_rate_counts_what_the_sentence_counted_before_it():
    figures = DRAFTS.figures(
        "The plant shipped its first 50 drones in May, with output rising to 20 a week.")
    assert (20.0, "drones a week") in figures


def test_a_rate_after_money_does_not_borrow_the_currency():
    figures = DRAFTS.figures("The deal is worth $90 million, with production of 8 a month.")
    assert all(not unit.startswith("USD a") for _, unit in figures)


def test_a_three_dimensional_radar_is_no_count_of_radars():
    figures = DRAFTS.figures("The battery pairs a 3D search radar with two launchers.")
    assert all(value != 3.0 for value, _ in figures)


def test_a_ship_named_after_its_class_is_a_system():
    systems = DRAFTS.systems("A sailor was flown off the Dutch frigate Tromp after the blast.")
    assert "Tromp" in systems


def test_a_day_after_a_ship_class_is_no_ship_name():
    systems = DRAFTS.systems("The destroyer Tuesday downed three drones over the strait.")
    assert "Tuesday" not in systems


def test_the_sea_sparrow_interceptor_is_a_named_system():
    assert "ESSM" in DRAFTS.systems("The frigate fired an ESSM at the incoming drone.")


def test_a_gun_calibre_keeps_the_spelling_of_the_report():
    assert "5-inch gun" in DRAFTS.systems("The cruiser engaged the boat with its 5-inch gun.")
    assert "five-inch gun" in DRAFTS.systems("The cruiser engaged the boat with its five-inch gun.")


def test_a_stun_grenade_is_told_apart_from_hand_grenades():
    assert "stun grenades" in DRAFTS.systems("Police threw a stun grenade into the crowd.")


def test_beam_weapons_are_named_as_written():
    systems = DRAFTS.systems("The base is testing high-power microwave weapons against swarms.")
    assert "high-power microwave weapons" in systems


def test_directed_energy_research_is_no_weapon():
    assert DRAFTS.systems("Funding for directed energy research rose last year.") == []
