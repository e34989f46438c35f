"""Patterns read over a whole text open on literals, not on \\b (so `re` can jump to them):
at_word_start and CAPITAL_AT_WORD_START must match exactly where the \\b forms match."""

import re

import pytest

from briefdeck.extract.place_anchors import _BRACKET_LIST
from briefdeck.extract.places import DEMONYM_BORDER, FULL_NAME, PERSON_NAMED, RANK_NAME
from briefdeck.geo.textnorm import CAPITAL_AT_WORD_START, at_word_start
from briefdeck.geo.towns import DEMONYM_RE

SAMPLES = [
    "the town sat near the river; in at near their inland atoll",
    "bathe in the rain_the town, (the) town; 'the' town, 9the town",
    "the",
    "North Korean and Korean crews; a SouthKorean typo; _Korean",
    "Sgt. Lee Park and Master Sergeant Ayla Demir spoke; aSgt. Bo Lin did not",
    "Iraqi border guards; the semi-Iraqi border; XIraqi border",
    "Ana R. Moreno, a nurse, said; ÉAna B. Cole said",
]


@pytest.mark.parametrize("words", [("the",), ("the", "in", "at", "near"),
                                   ("North Korean", "Korean")])
def test_word_start_alternatives_match_where_the_word_boundary_form_does(words):
    fast = re.compile(at_word_start(*words) + r"\b")
    slow = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    for text in SAMPLES:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
        for pos in range(len(text)):  # a search begun mid-text still sees the word before
            a, b = fast.search(text, pos), slow.search(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_a_capital_at_word_start_is_one_no_letter_or_digit_stands_before():
    fast = re.compile(CAPITAL_AT_WORD_START)
    slow = re.compile(r"\b[A-Z]")
    for text in SAMPLES:
        assert [m.start() for m in fast.finditer(text)] == [m.start() for m in slow.finditer(text)]


def test_whole_text_place_patterns_still_find_names_only_at_word_starts():
    text = "Staff Sergeant Onur Kaya said; XStaff Sergeant Bo Li said. Capt. Dana Voss, a pilot"
    assert [m.group(1) for m in RANK_NAME.finditer(text)] == ["Kaya"]
    assert [m.group(1) for m in FULL_NAME.finditer(text)] == ["Voss"]
    assert [m.group(2) for m in PERSON_NAMED.finditer("Dana Voss said; xDana Voss said")] == \
        ["Voss"]
    assert [m.group("dem") for m in DEMONYM_BORDER.finditer("the Syrian border, aSyrian border")] \
        == ["Syrian"]
    assert DEMONYM_BORDER.fullmatch("Iraqi border")
    assert [m.group() for m in DEMONYM_RE.finditer("North Korean troops, unKorean")] == \
        ["North Korean"]
    assert [m.group(1) for m in _BRACKET_LIST.finditer("airports (Erbil, Sulaymaniyah) "
                                                       "and seaports (Umm Qasr, Faw)")] == \
        ["airports"]


def test_names_are_tried_only_at_words_a_name_can_open_and_not_inside_one_just_found(gaz):
    text = "Convoys left Ain al-Asad Air Base for Baghdad; the word erbil in lower case is no name."
    found = [(m.matched_text, m.entry.kind) for m in gaz.find_mentions(text)]
    assert found == [("Ain al-Asad Air Base", "installation"), ("Baghdad", "city")]
    assert gaz.find_mentions("nothing here opens a place name at all") == []


def test_a_place_inside_a_known_body_name_before_or_after_it_is_no_place():
    from briefdeck.extract.places import find_place_mentions
    from briefdeck.extract.sentences import build_document

    def names(text):
        return [m.name for m in find_place_mentions(build_document(text, []))]

    assert names("United Kingdom Maritime Trade Operations warned ships off Aden.") == ["Aden"]
    assert names("A statement by the Government of Iraq mentioned Mosul twice.") == ["Mosul"]
