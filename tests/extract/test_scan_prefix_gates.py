"""A speed-up that must not change what is found: a spelled-out prefix gate before the grouped
alternation."""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import Alternatives, prefixes


def test_prefixes_spell_out_what_every_match_begins_with():
    assert prefixes(r"\bfired|launch(?:ed|es)") == {"fir", "lau"}
    assert prefixes(r"(?:USS|HMS)\s+\w+") == {"USS", "HMS"}
    assert prefixes(r"x?yz") == {"x", "yz"}  # an optional opener: with it or without
    assert prefixes(r"(?<=[Dd]rone )strikes?") == {"str"}  # lookbehind takes no characters
    assert prefixes(r"\w+stan") is None  # any word character: no gate
    assert prefixes(r"(?i)patriot") is None  # case folded: left to the older gate


def test_gated_alternation_finds_what_the_plain_alternation_finds():
    patterns = [r"(?:\d{2,3}\s?mm\s+)?Grad\s+rockets?", r"struck|strikes?", r"Sea\s?Wolf",
                r"(?<=[Dd]rone )attacks?", r"shot\s+down", r"SAM-?\d+"]
    text = ("A drone attacks the depot; 122 mm Grad rockets struck twice and SAM-6 crews shot "
            "down one, then Grad rocket strikes and a Sea Wolf shot down another. Strikes? "
            "strike")
    plain = re.compile(r"\b(?:" + "|".join(f"(?P<p{i}>{p})" for i, p in enumerate(patterns))
                       + ")")
    fast = Alternatives(patterns, prefix=r"\b")
    assert fast._heads is not None  # every pattern has a spelled-out start
    want = [(m.span(), int(m.lastgroup[1:])) for m in plain.finditer(text)]
    for lo, hi in ((0, len(text)), (5, 60), (40, len(text) - 3)):
        inside = [(m.span(), int(m.lastgroup[1:])) for m in plain.finditer(text, lo, hi)]
        assert [(m.span(), fast.which(m)) for m in fast.finditer(text, lo, hi)] == inside
    assert len(want) == 10
