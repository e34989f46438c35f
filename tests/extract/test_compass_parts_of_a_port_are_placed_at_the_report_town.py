"""A compass-named part of a port or seafront ("the North Beach", "the South Port") is placed
at the town the report names most often; with no such town, nothing is guessed. Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.geo.towns import km

DRAFTS = Drafts("2026-12-10", "Port agent's report")


def _places(text: str) -> dict:
    return {p.name: p for p in DRAFTS.facts(text).places}


def test_a_compass_part_of_the_port_is_placed_at_the_reports_town():
    got = _places("Cargo work in Haifa stopped for two hours on Monday. Sirens sounded across "
                  "the North Beach area at 02:10. Pilots in Haifa resumed work at dawn, and a "
                  "tanker bound for Piraeus waited outside.")
    part = got["North Beach"]
    assert km(part.lat, part.lon, 32.8, 35.0) <= 25


def test_with_no_town_named_more_than_once_nothing_is_placed():
    got = _places("Sirens sounded across the North Beach area at 02:10. A tanker bound for "
                  "Piraeus waited outside Haifa.")
    assert "North Beach" not in got
