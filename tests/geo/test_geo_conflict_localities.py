"""Front-line localities GeoNames' package file lacks, curated in installations.json, and the
tehsil as an area word after a town. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "spelling, name, country",
    [
        ("Fishkhabur", "Peshkhabour", "Iraq"),
        ("Nabi Shit", "Nabi Chit", "Lebanon"),
        ("Yohmor", "Yohmor al-Shaqif", "Lebanon"),
        ("Mir Ali", "Mir Ali", "Pakistan"),
        ("North Waziristan District", "North Waziristan", "Pakistan"),
        ("Halane", "Aden Adde International Airport", "Somalia"),
        ("Cabo Delgado province", "Cabo Delgado", "Mozambique"),
    ],
)
def test_a_front_line_locality_is_known_by_its_other_spellings(gaz, spelling, name, country):
    entry = gaz.lookup(spelling, fuzzy=False)
    assert entry is not None and (entry.name, entry.country) == (name, country)


def test_palma_in_a_report_on_mozambique_is_the_cabo_delgado_town(gaz):
    text = "Insurgents were seen on the road north of Palma, in Mozambique, on Friday."
    palma = next(m for m in gaz.find_mentions(text) if m.matched_text == "Palma")
    assert palma.entry.country == "Mozambique" and palma.entry.lat < 0


def test_balad_alone_stays_the_iraqi_town(gaz):
    assert gaz.lookup("Balad", fuzzy=False).country == "Iraq"


def test_a_town_followed_by_tehsil_is_found(gaz):
    found = gaz.find_mentions("Curfew was imposed across Kohat Tehsil on Sunday.")
    assert [m.entry.name for m in found] == ["Kohat"]
