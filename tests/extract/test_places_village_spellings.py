"""Places: a south Lebanon village found under the spelling the Israeli military's statements
use as well as the usual one. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


@pytest.mark.parametrize("written", ["Kafr Kela", "Kfar Kila"])
def test_the_village_is_placed_under_either_spelling(written):
    text = f"Israeli jets struck a rocket launcher near {written} in southern Lebanon overnight."
    places = draft_briefing(Article(text=text), published="2025-06-10").facts.places
    village = [p for p in places if p.name == written]  # (named as the report spells it)
    assert village and abs(village[0].lat - 33.28) < 0.05 and abs(village[0].lon - 35.55) < 0.05
