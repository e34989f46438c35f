"""The shared walk that lists the openings a regex's matches begin with (pattern_openings),
as both the alternatives' head gate and the dates' opening gate read it."""

import re
import sys
from re import _constants as C  # noqa: N812
from re import _parser as P  # noqa: N812

from briefdeck.extract.alternatives import prefixes
from briefdeck.extract.pattern_openings import _FOLDS, folds, openings


def _raw(op, av, blind, first):  # noqa: ANN001, ANN202
    """A speller for the tests: literals only, case folds where the group is case-blind."""
    return folds(chr(av), blind) if op is C.LITERAL else None


def _heads(pattern: str, size: int = 3, blind: bool = False) -> set[str]:
    return {"".join(s) for s, _ in openings(list(P.parse(pattern)), size, _raw, blind)}


def test_a_case_blind_letter_folds_to_every_character_re_matches_with_it():
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for c in map(chr, range(0x20, 0x7F)):
        assert set(re.findall("(?i)" + re.escape(c), everything)) == folds(c, True), c
    assert set(_FOLDS) <= set("abcdefghijklmnopqrstuvwxyz")
    assert folds("é", True) is None and folds("é", False) == {"é"}


def test_openings_pass_over_zero_width_items_and_branch_on_optional_ones():
    assert _heads(r"\b(?=x)ab(?<=b)c") == {"abc"}
    assert _heads(r"x?yz") == {"x", "yz"}  # (a repeat: one round of it, then it stops)
    assert _heads(r"(?:ab|c)de", size=2) == {"ab", "cd"}


def test_openings_end_where_the_speller_does_not_spell_out_a_character():
    assert _heads(r"ab[cd]") == {"ab"}  # (this speller spells no class)


def test_a_case_blind_group_folds_its_letters_and_the_rest_keeps_its_case():
    assert _heads(r"(?i:o)N", size=2) == {"oN", "ON"}
    assert _heads(r"(?-i:o)n", size=2, blind=True) == {"on", "oN"}


def test_the_alternatives_gate_stops_its_prefix_at_a_case_blind_group():
    assert prefixes(r"ab(?i:cd)") == {"ab"}
    assert prefixes(r"(?i:ab)c") is None
