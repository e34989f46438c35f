"""Figures that name whose members were counted, and a total announced before its
breakdown. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-10", "Defence note")


def test_members_of_an_armed_body_name_the_body():
    figures = DRAFTS.figures("The monitor said 35 members of the police forces died this year.")
    assert figures == [(35.0, "members of the police forces")]


def test_a_total_before_a_colon_does_not_borrow_the_first_part_of_its_breakdown():
    figures = DRAFTS.figures(
        "The hospital gave the toll as twelve: eight soldiers and four civilians."
    )
    assert (12.0, "soldiers") not in figures
    assert (8.0, "soldiers") in figures
