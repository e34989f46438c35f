"""Place names that reporting uses for something else (a weapon, Congress, a hospital named
for a family), and localities curated because GeoNames lacks or splits them. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.geo import Gazetteer

_GAZ = Gazetteer()


def _names(text: str) -> list[str]:
    return [m.entry.name for m in _GAZ.find_mentions(text)]


def test_the_centurion_weapon_is_not_the_south_african_city():
    assert _names("Two Centurion mounts guarded the embassy compound against mortar fire.") == []


def test_centurion_with_its_country_beside_it_is_still_the_city():
    text = "The firm moved its offices to Centurion, South Africa, last year."
    assert "Centurion" in _names(text)


def test_capitol_hill_as_congress_is_not_placed():
    assert _names("Several senators on Capitol Hill questioned the pace of the pullout.") == []


@pytest.mark.parametrize("building", ["hospital", "school", "mosque", "street"])
def test_a_building_named_with_a_weak_alias_is_not_the_base(building):
    assert _names(f"The wounded were carried to al-Asad {building} before dawn.") == []


def test_a_weak_alias_after_a_place_preposition_still_counts():
    assert _names("Two rockets fell at al-Asad on Friday evening.") == ["Ain al-Asad Air Base"]


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen attacked a checkpoint near al-Sukhnah in the desert.", "As Sukhnah", "Syria"),
    ("Police searched farms in Hor Rajab after the launch.", "Hor Rajab", "Iraq"),
    ("Departures from Hamad International Airport were delayed for an hour.",
     "Hamad International Airport", "Qatar"),
    ("Shrapnel fell on a market in Ahad al-Masarihah overnight.", "Ahad al-Masarihah",
     "Saudi Arabia"),
])
def test_a_curated_locality_is_found_in_running_text(text, name, country):
    found = [m.entry for m in _GAZ.find_mentions(text)]
    assert [(e.name, e.country) for e in found] == [(name, country)]
