"""The Arabic article written before a sun letter, "dh"/"th" spellings, villages of a named
country under another romanisation, and Kuwait and north-east Syria sites. Sentences are
written for these tests."""

import pytest

from briefdeck.geo.translit import loose_token


def _found(gaz, text):
    return [(m.matched_text, m.entry.name, m.entry.country) for m in gaz.find_mentions(text)]


def test_loose_token_reads_dh_and_th_as_one_letter():
    assert loose_token("dhiban") == loose_token("thiban")
    assert loose_token("dhi") == loose_token("thi")


def test_a_village_spelled_with_th_for_dh_is_found_in_the_named_country(gaz):
    found = _found(gaz, "In Syria's Deir ez-Zor province, a roadside bomb went off near "
                        "Thiban late on Tuesday.")
    hit = [f for f in found if f[0] == "Thiban"]
    assert hit and hit[0][2] == "Syria"


@pytest.mark.parametrize("written", ["Ath-Thawrah", "ath-Thawrah"])
def test_an_assimilated_article_stays_in_the_name_as_written(gaz, written):
    found = _found(gaz, f"Water levels fell at the dam by {written} in Syria last summer.")
    assert (written, "Tabqa", "Syria") in found


def test_a_word_joined_by_a_space_is_not_taken_for_an_article(gaz):
    found = _found(gaz, "Convoys waited at Tabqa for the night.")
    assert ("Tabqa", "Tabqa", "Syria") in found


def test_a_city_abroad_gives_way_to_a_village_of_the_named_country_spelled_otherwise(gaz):
    found = _found(gaz, "Farmers in Al-Mansura, west of Raqqa in Syria, found an old shell "
                        "in a field.")
    hit = [f for f in found if f[0] == "Al-Mansura"]
    assert hit and hit[0][2] == "Syria"


@pytest.mark.parametrize("text, name", [
    ("Departures from Kuwait International Airport resumed by noon.",
     "Kuwait International Airport"),
    ("Black smoke rose over the Shuaiba industrial area at dawn.", "Shuaiba industrial area"),
    ("Crews at Mission Support Site Qasrak tested a new radar.", "Mission Support Site Qasrak"),
    ("A drone was downed near MSS Qasrak in Syria on Friday.", "Mission Support Site Qasrak"),
])
def test_kuwait_and_north_east_syria_sites_are_placed(gaz, text, name):
    found = _found(gaz, text)
    assert any(f[1] == name for f in found)
    entry = gaz.lookup(name, fuzzy=False)
    assert entry is not None and entry.lat is not None
