"""Small Israeli communities of Home Front Command alert lists, south Lebanon's Ainata, the
Lebanese presidential palace and Dover, curated in installations.json. Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "spelling, name, country",
    [
        ("Metulla", "Metula", "Israel"),
        ("Ramot Naftali", "Ramot Naftali", "Israel"),
        ("Kibbutz Eilot", "Eilot", "Israel"),
        ("Aynata", "Ainata", "Lebanon"),
        ("Baabda Palace", "Baabda Palace", "Lebanon"),
        ("Dover", "Dover Air Force Base", "United States"),
    ],
)
def test_a_reported_community_is_known_by_its_spellings(gaz, spelling, name, country):
    entry = gaz.lookup(spelling, fuzzy=False)
    assert entry is not None and (entry.name, entry.country) == (name, country)


def test_the_ainata_of_the_bint_jbeil_road_is_the_southern_village(gaz):
    found = gaz.find_mentions("A drone hit a car on the Bint Jbeil - Ainata road in Lebanon.")
    ainata = [m.entry for m in found if m.entry.name == "Ainata"]
    assert ainata and ainata[0].lat < 33.5  # by Bint Jbeil, not the Ainata of the north


def test_an_alert_lists_first_community_is_found(gaz):
    found = gaz.find_mentions("Sirens in Israel.\n\nConfrontation Line: Metula, Misgav Am")
    assert {"Metula", "Misgav Am"} <= {m.entry.name for m in found}


def test_a_listed_village_counts_when_a_village_after_it_in_the_list_does(gaz):
    found = gaz.find_mentions("Sirens sounded in Israel.\n\nUpper Galilee: Yiftah, Kfar Blum, "
                              "Kiryat Shmona")
    names = {m.entry.name for m in found}
    assert "Kfar Blum" in names and any(n.startswith("Yifta") for n in names)


def test_a_list_of_names_with_no_known_place_in_it_makes_no_town(gaz):
    found = gaz.find_mentions("Israel said Hamas, Yiftah and others agreed.")
    assert [m.entry.name for m in found] == ["Israel"]
