"""Districts of a capital that reports name by themselves, and a border town whose name a
village in another country shares. Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.geo.towns import km


def _found(gaz, text: str) -> dict[str, tuple[str, float, float]]:
    return {m.matched_text: (m.entry.country, m.entry.lat, m.entry.lon)
            for m in gaz.find_mentions(text)}


@pytest.mark.parametrize("written", ["Al-Saydiya", "Al-Bayaa", "Al-Jihad district", "Karrada",
                                     "Adhamiya", "Kadhimiya"])
def test_a_baghdad_district_named_alone_is_placed_in_baghdad(gaz, written):
    got = _found(gaz, f"Police cordoned off streets in {written} after the blast on Sunday.")
    country, lat, lon = got[written]
    assert country == "Iraq" and km(lat, lon, 33.34, 44.40) < 20


def test_the_word_jihad_alone_is_no_baghdad_district(gaz):
    got = _found(gaz, "Palestinian Islamic Jihad said its fighters fired at the crossing.")
    assert not any(country == "Iraq" for country, _, _ in got.values())


def test_a_border_town_goes_to_the_country_named_beside_it(gaz):
    iraq = _found(gaz, "The truck was found outside Rabia, in Iraq's Nineveh province.")
    syria = _found(gaz, "Shelling hit Rabia in the Latakia countryside of Syria on Friday.")
    assert iraq["Rabia"][0] == "Iraq" and syria["Rabia"][0] == "Syria"
