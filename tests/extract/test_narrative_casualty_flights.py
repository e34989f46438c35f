"""An aircraft told only as bringing the wounded home is no posture for the key points."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _points(text: str) -> list[str]:
    article = Article(
        text=f"Clinic report\n\n{text}\n",
        boilerplate=[],
        headline="Clinic report",
        outlet="",
        byline="",
        published="2026-11-20",
        url="",
        path="",
        format="txt",
        warnings=[],
    )
    return draft_briefing(article, published="2026-11-20").narrative.key_points


def test_a_medevac_aircraft_does_not_open_the_key_points():
    points = _points(
        "Rockets struck Camp Taji on Monday, wounding five soldiers. The wounded "
        "arrived aboard a C-17 aeromedical evacuation flight at Ramstein Air Base "
        "on Wednesday."
    )
    assert not any("C-17" in p for p in points)
    assert any("Camp Taji" in p for p in points)


def test_an_aircraft_that_brings_no_wounded_still_makes_a_systems_point():
    points = _points(
        "A C-17 arrived at Ramstein Air Base on Wednesday carrying spare parts "
        "for the Patriot battery, the Air Force said."
    )
    assert "Systems: C-17 (arriving)." in points
