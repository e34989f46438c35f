"""Air defences briefed where they went, and a unit moved between bases is no troops leaving.

Every text here is written for these tests.
"""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_ATTACK = (
    "Three drones attacked Erbil Air Base (EAB) early on Monday, wounding four U.S. airmen, "
    "officials said. "
)


def _said(text: str) -> str:
    story = draft_briefing(Article(text=_ATTACK + text), published="2026-05-20").narrative
    return " | ".join([story.bluf, *story.key_points])


def test_defences_that_went_to_another_base_are_placed_at_their_own_base():
    said = _said(
        "Two further launchers moved from EAB to Camp Taji on 6 May. "
        "A second M-LIDS arrived at EAB from Camp Buehring late on Tuesday."
    )
    assert "Camp Taji" not in said
    assert "M-LIDS air defences arrive at Erbil Air Base" in said


def test_a_battery_moved_between_bases_is_told_as_that_move():
    said = _said(
        "A Patriot battery had moved from Al Udeid Air Base in Qatar to Erbil Air Base in Iraq "
        "on 12 May, a participant said."
    )
    assert "troops leave" not in said
    assert "Redeployment: a Patriot battery moved from Al Udeid Air Base to Erbil Air Base" in said


def test_troops_that_left_a_base_still_leave_it():
    said = _said("U.S. troops withdrew from Al Udeid Air Base on Sunday, officials said.")
    assert "troops leave Al Udeid Air Base" in said
    assert "moved from" not in said
