"""Places: a language named like a town, a TV channel named after a town used as the channel,
an official's brief ("Secretary of State for Iraq"), and a country that acts ("has moved").
Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.extract.date_scan import DATE_RE
from briefdeck.extract.date_ways import _DATE_WAYS
from briefdeck.ingest.article import Article


def _places(text: str) -> dict:
    facts = draft_briefing(Article(text=text), published="2025-05-02").facts
    return {p.name: p for p in facts.places}


def test_a_language_listed_with_others_is_no_town():
    text = ("Rocket fire hit a depot in southern Iran on Monday. Videos of the blaze spread "
            "online with captions in Arabic, Persian and English.")
    assert not any(p.name == "Persian" for p in _places(text).values())


@pytest.mark.parametrize("text", [
    "A faction commander told Al Mayadeen on Sunday that more drones would follow.",
    "Al Mayadeen's correspondent in Hasakah said blasts were heard near the airfield.",
])
def test_a_channel_named_after_a_town_used_as_the_channel_is_no_place(text):
    assert not any(p.name in ("Mayadin", "Al Mayadeen") for p in _places(text).values())


def test_the_town_itself_is_still_a_place():
    places = _places("Two drones struck a depot near al-Mayadin in eastern Syria on Sunday.")
    assert any(p.lat and abs(p.lat - 35.02) < 0.2 for p in places.values())


def test_a_country_in_an_officials_brief_is_no_place():
    text = ("Lena Ortiz, the Deputy Assistant Secretary of State for Syria and Lebanon, told "
            "the panel that the crossing at Tanf stays open.")
    assert "Lebanon" not in _places(text)
    assert "Syria" not in _places(text)


@pytest.mark.parametrize("text, country", [
    ("The United States has moved two air defence batteries to the base at Erbil.",
     "United States"),
    ("Kuwait has sent two more patrol boats to guard the northern islands.", "Kuwait"),
])
def test_a_country_that_moves_or_sends_forces_is_the_actor_not_a_place(text, country):
    assert country not in _places(text)


def test_a_country_troops_moved_to_is_still_a_place():
    assert "Jordan" in _places("Two companies of infantry moved to Jordan on Friday.")


@pytest.mark.parametrize("text", [
    "On Jan. 5, 2024 and since 17 OCT the unit stayed; 151930Z NOV 23 was logged.",
    "In the last days of March and in mid-April of last year, talks stalled on Monday night.",
    "Two days later, over the weekend, rockets fell; the 3rd of March and 26/9/2025 too.",
    "New Year's Eve was quiet. Earlier this week and a few days ago, yesterday, it was not.",
    "In 2019 and during late 2020 the base grew; 2021-04-02 was the handover, hours after it.",
])
def test_guarded_date_scan_finds_the_same_dates_as_the_plain_pattern(text):
    plain = re.compile(r"\b" + _DATE_WAYS, re.X)
    assert [(m.span(), m.lastgroup) for m in DATE_RE.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in plain.finditer(text)]
