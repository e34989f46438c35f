"""The BLUF and key points lead with the report's news, not with background years old."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest import article_from_text

STORY = (
    "Drone strikes hit villages near the border\n\n"
    "Turkish drones struck two villages near Zakho in Iraq's Duhok province on Tuesday, "
    "setting orchards on fire and damaging a school, local officials said. No one was hurt.\n\n"
    "A second strike on Wednesday hit a road near Batifa, the officials said.\n\n"
    "In July 2022, Turkish artillery fire on a resort near Erbil killed nine tourists, an "
    "attack that led Baghdad to recall its ambassador.\n"
)


def _briefing():
    return draft_briefing(article_from_text(STORY), "2026-08-13")


def test_a_years_old_attack_with_a_toll_does_not_lead_the_bluf():
    assert "2022" not in _briefing().narrative.bluf


def test_key_points_list_this_weeks_strikes_before_the_background():
    points = _briefing().narrative.key_points
    dated = [p for p in points if p[:2].isdigit()]
    assert dated and "2022" not in dated[0]
