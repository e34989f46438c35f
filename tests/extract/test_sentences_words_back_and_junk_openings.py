"""words_back reads backwards with a regex over a widening window; junk lines are found by
two scans (phrases anywhere, phrases that open a line). Both must answer as before."""

import random

from briefdeck.extract.sentences import _junk, _words_back_loop, junk_lines, words_back


def test_words_back_on_empty_text_and_at_the_text_start():
    assert words_back("", 0, 3) == 0
    assert words_back("convoy moved", 0, 3) == 0
    assert words_back("convoy moved", 3, 0) == 0  # back to the start of the word
    assert words_back("convoy moved", 5, 2, floor=5) == 5  # pos at the floor stays


def test_words_back_over_spaces_and_punctuation_only():
    assert words_back("     ", 5, 2) == 5  # no word before pos: pos stays
    assert words_back(" . , ; ", 7, 1) == 5  # punctuation counts as a word
    assert words_back(" . , ; ", 7, 9) == 1
    assert words_back("\u00a0\u2003word\u2003", 7, 1) == 2  # any Unicode space parts words


def test_words_back_stops_at_a_floor_inside_a_word():
    text = "the armoured column halted"
    assert words_back(text, len(text), 3, floor=6) == 6
    assert words_back(text, len(text), 1, floor=6) == text.index("column")


def test_words_back_reaches_past_a_long_word_or_a_wide_gap():
    text = "start " + "x" * 900 + " " * 700 + "tail end"
    assert words_back(text, len(text), 1) == text.index("tail")
    assert words_back(text, len(text), 2) == text.index("x")
    assert words_back(text, len(text), 3) == 0
    assert words_back(text, len(text), 3) == _words_back_loop(text, len(text), 3, 0)
    assert words_back(text, len(text) - 2, 0) == text.index("end")


def test_words_back_answers_as_a_character_loop_does():
    rng = random.Random(7)
    pieces = ["a", "word", ".", " ", "  ", "\n", "\t", "\u00a0", "é", "\u201c", " " * 40, "w" * 60]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        pos = rng.randint(0, len(text))
        floor = rng.randint(0, pos)
        words = rng.choice([0, 1, 2, 4, 6, 12])
        assert words_back(text, pos, words, floor) == _words_back_loop(text, pos, words, floor)


def test_words_back_outside_the_text_reads_as_the_loop_does():
    assert words_back("abc def", -2, 2) == -2
    assert words_back("abc def", 7, 2, floor=-1) == _words_back_loop("abc def", 7, 2, -1)


def test_junk_phrases_that_only_open_a_line():
    assert _junk("Advertisement")
    assert _junk("  ADVERTISEMENT  ")
    assert not _junk("Advertisement revenue fell")  # the whole line must be the word
    assert _junk("Sign in to keep reading")
    assert not _junk("Officers sign in at the gate")  # only where the line opens
    assert _junk("Related: more coverage")
    assert not _junk("Officials related the account")
    assert _junk("Read more about the talks")


def test_junk_phrases_anywhere_in_a_line_and_empty_text():
    assert _junk("Please click here to continue")
    assert _junk("© 2024 Example Media")
    assert not _junk("")
    assert junk_lines("") == []
    text = "Troops withdrew.\nAdvertisement\nThe talks resumed."
    assert [text[a:b] for a, b in junk_lines(text)] == ["Advertisement"]
