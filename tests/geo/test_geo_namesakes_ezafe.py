"""Persian ezafe names, namesakes in two named countries, and island cues. Sentences are
written for these tests."""

import pytest

from briefdeck.geo.translit import loose_token


def _found(gaz, text):
    return [(m.matched_text, m.entry.name, m.entry.country) for m in gaz.find_mentions(text)]


def test_loose_token_folds_an_opening_i_or_e_before_two_consonants():
    assert loose_token("islamabad") == loose_token("eslamabad")
    assert loose_token("isfahan") == loose_token("esfahan")


@pytest.mark.parametrize("spelling", ["Islamabad-e Gharb", "Eslamabad-e Gharb",
                                      "Islamabad-e-Gharb"])
def test_a_name_continued_by_an_ezafe_is_read_whole(gaz, spelling):
    found = _found(gaz, f"Windows shook in {spelling} after midnight, a county official said.")
    assert [f[2] for f in found] == ["Iran"]
    assert found[0][0] == spelling


def test_the_first_part_of_an_unknown_ezafe_name_is_not_read_alone(gaz):
    found = _found(gaz, "Shepherds near Islamabad-e Kuchikabad saw the flash.")
    assert not any(f[2] == "Pakistan" for f in found)


def test_plain_islamabad_is_still_pakistans_capital(gaz):
    assert _found(gaz, "Talks opened in Islamabad on Monday.")[0][2] == "Pakistan"


def test_a_folded_spelling_goes_to_the_namesake_of_the_country_named_beside_it(gaz):
    text = ("A drone set fire to a depot in Russia's Samara region, while in Iraq the army "
            "said Syria had closed a crossing.")
    assert ("Samara", "Samara", "Russia") in _found(gaz, text)


def test_a_letter_for_letter_spelling_keeps_its_own_namesake(gaz):
    text = "Iraqi police in Samarra arrested two men. Russia said Iraq had asked for help."
    assert ("Samarra", "Samarra", "Iraq") in _found(gaz, text)


def test_a_gulf_island_counts_after_island_of_but_not_as_a_kunya(gaz):
    found = _found(gaz, "Speedboats circled the island of Abu Musa at dawn.")
    assert [f[1] for f in found] == ["Abu Musa Island"]
    assert _found(gaz, "Abu Musa told the meeting that the ceasefire held.") == []
