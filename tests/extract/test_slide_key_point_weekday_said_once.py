"""A key point dated by its weekday does not say the weekday again after the date."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

NOTE = (
    "Drones hit Camp Lantern in Jordan on Sunday, wounding four soldiers.\n\n"
    "A second drone attack struck Tower 9 near the border on Monday, wounding one guard.\n\n"
    "On Tuesday a U.S. frigate shot down two missiles aimed at a grain carrier in the Red Sea.\n\n"
    "Analysts expect more orders for interceptors next year.\n"
)


def _points(text: str) -> list[str]:
    article = Article(text=text, boilerplate=[], headline="A week of interceptions", outlet="",
                      byline="", published="2026-12-09", url="", path="", format="txt",
                      warnings=[])
    return list(draft_briefing(article, published="2026-12-09").narrative.key_points)


def test_a_point_dated_tuesday_does_not_open_on_tuesday():
    points = [p for p in _points(NOTE) if "frigate" in p]
    assert points and points[0].startswith("8 Dec 2026: A U.S. frigate shot down"), points


def test_a_weekday_other_than_the_points_date_is_kept():
    from briefdeck.extract.narrative_key_points import _without_its_day

    kept = "On Friday a frigate fired."
    assert _without_its_day(kept, "2026-12-08") == kept
    assert _without_its_day("On Tuesday a frigate fired.", "2026-12-08") == "A frigate fired."
