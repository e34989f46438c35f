"""A numbered site on a road named after two towns ("Pumping Station 7 on the A-B road") is
a place, between the towns the road joins; with no known town, nothing is guessed. Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.geo.towns import km

DRAFTS = Drafts("2026-12-10", "Utility service notice")


def _places(text: str) -> dict:
    return {p.name: p for p in DRAFTS.facts(text).places}


def test_a_numbered_site_on_a_road_between_two_towns_is_placed_between_them():
    got = _places("A rocket hit Pumping Station 7 on the Haifa-Nahariya road late on Monday. "
                  "Crews in Haifa and Nahariya worked through the night.")
    site = got["Pumping Station 7"]
    assert km(site.lat, site.lon, 32.9, 35.05) <= 25  # between Haifa and Nahariya


def test_a_site_on_a_road_of_unknown_towns_is_not_placed():
    got = _places("A rocket hit Pumping Station 7 on the Glenmorrow-Tarnby road late on "
                  "Monday. Crews worked through the night.")
    assert "Pumping Station 7" not in got
