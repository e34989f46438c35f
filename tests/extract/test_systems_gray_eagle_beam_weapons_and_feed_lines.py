"""Systems: the Army's MQ-1C is not the Air Force's Predator, beam weapons and drone-hunting
drones by their class, a microwave weapon by its make, and no system from a web page's feed
line or a sentence opening on "One". Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _systems(text: str) -> set[str]:
    facts = draft_briefing(Article(text=text), published="2026-03-09").facts
    return {s.name for s in facts.systems}


def test_the_mq_1c_is_the_gray_eagle_not_the_predator():
    names = _systems("Two MQ-1C Gray Eagle drones flew from the airfield on Monday.")
    assert "MQ-1C Gray Eagle" in names
    assert "MQ-1 Predator" not in names
    assert "MQ-1C Gray Eagle" in _systems("A Gray Eagle drone watched the convoy.")


def test_the_mq_1_alone_is_still_the_predator():
    assert "MQ-1 Predator" in _systems("An MQ-1 Predator crashed near the border in 2015.")


@pytest.mark.parametrize("text, name", [
    ("The base will test lasers against small drones this summer.", "lasers"),
    ("Crews launched interceptor drones at the incoming swarm.", "interceptor drones"),
    ("The Army sent three Zephyr high-power microwave prototypes to the Gulf.", "Zephyr"),
])
def test_beam_weapons_and_drone_hunters_are_systems(text, name):
    assert name in _systems(text)


def test_laser_guidance_is_not_a_laser_weapon():
    assert "lasers" not in _systems("The jet dropped laser-guided bombs on the depot.")


def test_a_feed_line_is_no_ship():
    assert _systems("RSS Receive this alert as RSS feed") == set()


def test_one_opening_a_phrase_is_no_system_name():
    names = _systems("One missile, three ships turned away, the analyst said.")
    assert "One" not in names
