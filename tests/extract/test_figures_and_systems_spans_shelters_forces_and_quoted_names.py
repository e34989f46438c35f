"""Figures and systems: how long an incident or a deployment lasts, a count opening a clause
after a semicolon, a force named "... Force" owning its jets, someone's ground-based air
defence, and a missile named in quotation marks. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-22", "Spans and names note")


def test_how_long_a_fire_a_repair_or_a_deployment_lasts_is_a_figure():
    figures = DRAFTS.figures("A fire at the depot burned for more than six hours. Repairs "
                             "could take \"at least 12 days\". The squadron will stay for at "
                             "least four months, and troops leave over the next 60 days.")
    assert figures == [(6.0, "hours"), (12.0, "days"), (4.0, "months"), (60.0, "days")]


def test_years_of_a_history_stay_out():
    assert DRAFTS.figures("The two armies have been partners for twelve years.") == []


def test_a_count_after_a_semicolon_borrows_the_people_counted_before():
    figures = DRAFTS.figures("Officials counted 12,400 people displaced. Most stay with "
                             "relatives; about 3,100 are in collective shelters.")
    assert (3100.0, "people") in figures


def test_a_force_named_force_owns_its_jets_and_is_no_system():
    systems = DRAFTS.systems("Maritime Self-Defense Force patrol aircraft and Ground "
                             "Self-Defense Force helicopters were sent.")
    assert not any("Force" in s for s in systems)


def test_someones_ground_based_air_defence_is_kit_the_field_is_not():
    assert DRAFTS.systems("The minister praised our ground-based air defence.") == [
        "ground-based air defence"]
    assert DRAFTS.systems("Ground-based air defence was the main topic of the review.") == []


def test_a_missile_named_in_quotation_marks_is_a_system():
    systems = DRAFTS.systems("The group said it fired a \"Toufan\" missile at the port.")
    assert "Toufan" in systems
    assert DRAFTS.systems("He called it \"a lie\" Missile debris fell.") == []
