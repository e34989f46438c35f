"""A consent wall is not the story a page's JSON-LD holds; a newscast's turn to another war or
a local scare is another story even when it tells of missiles or a bomb; a deep page-data blob
is walked in linear time."""

from __future__ import annotations

import json
import time

from briefdeck.ingest.boilerplate import classify
from briefdeck.ingest.html import html_to_text
from briefdeck.ingest.script_stories import _nodes

STORY = "\n\n".join([
    "Two drones hit a fuel depot outside the port of Mukalla on Sunday, the coast guard said.",
    "Nobody was hurt, but the fire burned until the evening and the depot stays shut.",
    "A militia spokesman denied any part in the attack and blamed a rival faction instead, "
    "while the governor said an inquiry would report within a week of the strike.",
    "Port workers were sent home and tankers waiting offshore were told to anchor further out.",
])
WALL = " ".join(["Your choices matter to us. With our partners we use cookies and similar "
                 "tools to keep the site running, measure visits and show advertising."] * 4)


def test_a_consent_wall_longer_than_the_script_story_gives_way_to_the_story():
    data = {"@type": "NewsArticle", "headline": "Drones hit Mukalla depot", "articleBody": STORY}
    page = (f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
            f"<body><main><h2>Before you continue</h2><p>{WALL}</p>"
            "<p>Loading the article, please enable JavaScript.</p></main></body></html>")
    assert len(WALL) > len(STORY)
    read = html_to_text(page, "depot.html")
    assert read.text.startswith("Two drones hit a fuel depot")
    assert any("JSON-LD" in w for w in read.warnings)


def test_a_turn_to_another_war_or_a_local_scare_is_another_story():
    text = (">>> GOOD EVENING. WE BEGIN IN NORTHERN SYRIA, WHERE ROCKETS HIT THE RMEILAN BASE.\n"
            "TWO CONTRACTORS WERE HURT, THE COALITION SAYS.\n"
            ">>> TURNING NOW TO SUDAN, WHERE DRONES STRUCK A MARKET IN EL FASHER.\n"
            "AID GROUPS SAY DOZENS DIED.\n"
            ">>> IN OTHER NEWS, A SUSPICIOUS PACKAGE BOMB ALERT EMPTIED THE CITY LIBRARY.\n"
            ">>> AND FINALLY, THE COALITION SAYS THE RMEILAN BASE REOPENED ITS GATE.\n")
    flagged = " ".join(text[f.start:f.end] for f in classify(text))
    assert "EL FASHER" in flagged and "CITY LIBRARY" in flagged
    assert "ROCKETS HIT" not in flagged and "REOPENED ITS GATE" not in flagged


def test_a_deep_page_data_blob_is_walked_quickly():
    blob: list = [[] for _ in range(400_000)]
    began = time.perf_counter()
    assert list(_nodes(blob)) == []
    assert time.perf_counter() - began < 1.0
