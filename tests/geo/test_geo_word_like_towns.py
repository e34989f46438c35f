"""A town named like an everyday English word ("Hit" in Anbar) counts only with a strong
cue: the kind of land it names after it, or where it lies. Sentences written for these tests."""

import pytest


def names(gaz, text):
    return [m.entry.name for m in gaz.find_mentions(text)]


@pytest.mark.parametrize("sentence", [
    "Police found the rocket launchers in the Hit desert on Sunday.",
    "Tribal fighters patrol the Hit district after dark.",
    "The convoy reached Hit, west of Ramadi, before noon.",
    "A checkpoint outside Hit, about 20 km north of Ramadi, was attacked.",
])
def test_word_like_town_with_a_land_word_or_a_bearing_after_it_is_found(gaz, sentence):
    assert "Hit" in names(gaz, sentence)


@pytest.mark.parametrize("sentence", [
    "The drone hit the area near the gate.",
    "Hit the road before dark, the officer told the drivers.",
    "The strike was a direct Hit, the statement said.",
])
def test_the_word_itself_is_no_town(gaz, sentence):
    assert "Hit" not in names(gaz, sentence)
