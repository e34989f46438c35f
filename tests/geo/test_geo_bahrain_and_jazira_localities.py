"""Bahrain's towns and sites, and north-east Syrian, Aleppo and northern Iraqi localities that
GeoNames' town file lacks, curated in installations.json. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "spelling, name, country",
    [
        ("Al Hidd", "Hidd", "Bahrain"),
        ("Khalifa Bin Salman port", "Khalifa bin Salman Port", "Bahrain"),
        ("Sitra refinery", "Bapco refinery", "Bahrain"),
        ("Maameer", "Ma'ameer", "Bahrain"),
        ("Al-Juffair", "Juffair", "Bahrain"),
        ("East Riffa", "Riffa", "Bahrain"),
        ("Isa Town", "Isa Town", "Bahrain"),
        ("Sheikh Isa Airbase", "Isa Air Base", "Bahrain"),
        ("Duraz", "Diraz", "Bahrain"),
        ("Tell Beydar", "Tal Baydar", "Syria"),
        ("Al-Shuheil", "Shuhayl", "Syria"),
        ("Ghweiran", "Ghuwayran", "Syria"),
        ("Khan Tuman", "Khan Touman", "Syria"),
        ("Guwer", "Gwer", "Iraq"),
        ("Altun Kopri", "Altun Kupri", "Iraq"),
        ("Jalula", "Jalawla", "Iraq"),
    ],
)
def test_a_reported_locality_is_known_by_its_spellings(gaz, spelling, name, country):
    entry = gaz.lookup(spelling, fuzzy=False)
    assert entry is not None and (entry.name, entry.country) == (name, country)


def test_the_oil_town_and_the_airstrip_beside_it_are_two_places(gaz):
    town = gaz.lookup("Rmelan", fuzzy=False)
    strip = gaz.lookup("Rmelan airstrip", fuzzy=False)
    assert (town.kind, strip.kind) == ("city", "installation")
    assert town.name != strip.name


def test_the_word_base_after_the_oil_town_names_the_airstrip(gaz):
    found = gaz.find_mentions("Two rockets fell near the Rumeilan base in Syria overnight.")
    assert [m.entry.kind for m in found if "Rumeilan" in m.matched_text] == ["installation"]


def test_the_embassy_compound_is_the_embassy(gaz):
    found = gaz.find_mentions("Rockets landed inside the US Embassy compound in Baghdad.")
    assert [m.entry.name for m in found] == ["US Embassy Baghdad"]


def test_a_bahraini_village_is_found_after_village_of(gaz):
    found = gaz.find_mentions("Debris fell in the village of Al Ekr in Bahrain.")
    assert "Al Ekr" in [m.entry.name for m in found]
