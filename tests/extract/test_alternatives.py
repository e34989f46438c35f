"""The grouped alternation finds what the plain alternation finds, and says which matched."""

import re

import pytest

from briefdeck.extract.alternatives import Alternatives, first_chars, word_gated

PATTERNS = [
    r"(?:U\.S\.\s+)?Central\s+Command", r"CENTCOM", r"Patriot(?:s|\s+batter(?:y|ies))?",
    r"(?:\d{2,3}\s?mm\s+)?Katyusha", r"[Cc]oalition(?=\s+forces)", r"al-Qaeda", r"\w+stan",
]
TEXT = ("Central Command and CENTCOM said U.S. Central Command moved two Patriot batteries, "
        "107 mm Katyusha rockets hit coalition forces near Patriots; al-Qaeda in Afghanistan.")


def test_first_characters_of_a_pattern():
    assert first_chars(r"(?:U\.S\.\s+)?Central") == {"U", "C"}
    assert first_chars(r"[Cc]oalition") == {"C", "c"}
    assert first_chars(r"(?:\d{2}mm\s+)?Katyusha") == set("0123456789K")
    assert first_chars(r"\w+stan") is None  # any word character: tried everywhere
    assert first_chars(r"x?") is None  # can match nothing


def test_grouped_alternatives_find_the_same_matches_as_a_plain_alternation():
    plain = re.compile(r"\b(?:" + "|".join(f"(?P<p{i}>{p})" for i, p in enumerate(PATTERNS))
                       + ")")
    fast = Alternatives(PATTERNS, prefix=r"\b")
    want = [(m.span(), int(m.lastgroup[1:])) for m in plain.finditer(TEXT)]
    got = [(m.span(), fast.which(m)) for m in fast.finditer(TEXT)]
    assert got == want
    assert len(got) == 9  # Afghanistan too, through the pattern tried everywhere


def test_patterns_with_their_own_groups_are_refused():
    with pytest.raises(ValueError):
        Alternatives([r"(a)b"])


def test_alternatives_that_all_open_on_a_word_are_tried_only_at_word_starts():
    from briefdeck.extract.alternatives import Alternatives, starts_at_word_boundary

    assert starts_at_word_boundary(r"\b(?:drone|rocket)s?\b")
    assert not starts_at_word_boundary(r"(?<=a )strikes?")
    words = Alternatives([r"\bdrones?\b", r"\b(?:rocket|missile)s?\b"])
    assert words.regex.pattern.startswith(r"\b")
    found = [m.group() for m in words.finditer("missiles and drones, not subrockets.")]
    assert found == ["missiles", "drones"]  # "subrockets" holds no word that starts one


def test_finditer_jumps_to_start_letters_and_gives_the_combined_regexs_matches():
    patterns = [r"\bdrone\s+strikes?\b", r"\bdrones?\b", r"\bPatriot\b", r"\bpatrol\b",
                r"\bC-RAM\b", r"\b\d+\s+rockets\b"]
    alts = Alternatives(patterns, flags=re.I)
    text = ("A DRONE strike hit the patrol; Patriot and c-ram fired at 12 rockets and two "
            "drones. \u212aelvin drone strikes, patriots, PATROL.")
    fast = [(m.span(), alts.which(m)) for m in alts.finditer(text)]
    slow = [(m.span(), alts.which(m)) for m in alts.regex.finditer(text)]
    assert fast == slow and len(fast) >= 7


def test_a_space_or_boundary_opening_scans_from_first_letters_with_the_same_matches():
    # The opening "(?:\b|(?<=\s))" is tested slowly at every position: the head gate then
    # opens on the heads' first letters, and must still find a name at the text's start,
    # after a space, after punctuation, and never inside a word.
    opening = r"(?:\b|(?<=\s))"
    patterns = [r"(?:Red\s+Cross|Red\s+Crescent)\b", r"(?:Coast\s+Guard)\b",
                r"(?:UN|United\s+Nations)\b", r"(?:5th\s+Fleet)\b"]
    alts = Alternatives(patterns, prefix=opening)
    assert alts._heads is not None and not alts._heads.pattern.startswith(opening)
    text = ("Red Cross teams and the Coast Guard met UN staff; (United Nations) and "
            "the 5th Fleet, not a sCoast Guard, a BUN or 15th Fleet.\nRed Crescent")
    fast = [(m.span(), alts.which(m)) for m in alts.finditer(text)]
    slow = [(m.span(), alts.which(m)) for m in alts.regex.finditer(text)]
    assert fast == slow
    assert [text[a:b] for (a, b), _ in fast] == [
        "Red Cross", "Coast Guard", "UN", "United Nations", "5th Fleet", "Red Crescent"]


def test_a_plain_word_opening_keeps_its_zero_width_head_gate():
    alts = Alternatives([r"\bdrones?\b", r"\brockets?\b"])
    assert alts._heads is not None and alts._heads.pattern.startswith(r"\b")


def test_a_word_list_gated_on_its_first_letters_finds_the_same_words():
    said = re.compile(r"\b(?:said|told|[Aa]ccording\s+to|warn(?:ed)?)\b")
    gated = word_gated(said)
    assert gated is not said and gated.pattern.startswith(r"\b(?=[Aastw])")
    text = "As the envoy warned, officials told us, according to Reuters; he resaid nothing."
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in said.finditer(text)]
    assert gated.search(text, 30).span() == said.search(text, 30).span()


def test_a_case_blind_or_digit_opening_list_is_left_as_it_is():
    for pattern in (re.compile(r"\b(?:kill|wound)", re.I), re.compile(r"\b(?i:kill|wound)"),
                    re.compile(r"\b(?:\d+\s+dead|killed)"), re.compile(r"(?:said|told)\b")):
        assert word_gated(pattern) is pattern
