"""The withdrawal key point names the troop count told beside the pull-out, and only that.

Every text here is written for these tests.
"""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_LEFT = "U.S. forces completed their withdrawal from Camp Taji on Tuesday, officials said. "


def _withdrawal_point(text: str) -> str:
    points = draft_briefing(Article(text=text), published="2024-04-18").narrative.key_points
    return next(p for p in points if p.startswith("Withdrawal:"))


def test_withdrawal_point_carries_the_count_told_with_the_pull_out():
    text = _LEFT + "About 400 troops left Camp Taji over the past two weeks, the coalition said."
    assert "About 400 troops" in _withdrawal_point(text)


def test_withdrawal_point_leaves_out_a_force_count_told_far_away():
    text = (_LEFT + "The handover ceremony was brief. "
            + "Officials described the transfer as orderly and planned well in advance. " * 8
            + "About 2,500 troops remain in the country under the agreement, an official said.")
    assert _withdrawal_point(text) == "Withdrawal: troops leave Camp Taji."


def test_withdrawal_count_is_found_after_many_earlier_pull_outs():
    # a long report: the count sits beside the last of many withdrawal mentions
    text = (_LEFT + "Officials described the transfer as orderly and planned well in advance. " * 30
            + "About 400 troops left Camp Taji over the past two weeks, the coalition said.")
    assert "About 400 troops" in _withdrawal_point(text)
