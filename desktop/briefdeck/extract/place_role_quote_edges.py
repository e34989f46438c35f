"""A role cue inside a quotation does not reach a place in the words that attribute it.

A quote and its attribution are two clauses: in "... and the bunker got hit," said the chief
of surgery at X, X names whose official speaks, not what was hit; in "X said: "Our base was
hit"" X is the speaker again. A quotation mark with a verb of saying beside it, standing
between the cue and the place, puts them on either side of that edge. (A quote around the cue
alone, "the militia said it "struck" Erbil", has no verb of saying past it and still counts.)
"""

from __future__ import annotations

import re

_SAYING = r"(?:said|says|told|added|wrote|stated|explained|recalled|according\s+to)"
# closing mark, then at most a few words (the speaker) before the verb: "hit," said Col. ...",
# "hit," she said", "hit," the colonel told reporters"
_CLOSED_THEN_SAID = re.compile(rf"[”\"]\s*,?\s*(?:[\w.'’-]+\s+){{0,3}}?{_SAYING}\b")
# the verb, then the opening mark: "X said: "Our base was hit""
_SAID_THEN_OPENED = re.compile(rf"\b{_SAYING}\s*[,:]?\s*[“\"]")


def across_quote_edge(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] (between a cue and a place) cross from a quote to its attribution?"""
    if text.find('"', lo, hi) < 0 and text.find("”", lo, hi) < 0 and text.find("“", lo, hi) < 0:
        return False  # (almost every cue: no quotation mark between)
    return bool(_CLOSED_THEN_SAID.search(text, lo, hi) or _SAID_THEN_OPENED.search(text, lo, hi))
