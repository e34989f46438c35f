"""A share written as a count in a round number: "nine in ten", "one in five", "3 out of 4".

A survey or a poll gives a share this way ("Nine in ten trust the security team's advice"):
one figure, the count with the whole it is taken from ("9 in ten"), not a count of nine and
another of ten whose noun is the verb after them.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

_WHOLES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "hundred": 100}
# The whole after the count: a number word or a small round number in digits.
_IN_WHOLE = re.compile(
    r"[^\S\n]+(?:in|out\s+of)[^\S\n]+(two|three|four|five|six|ten|hundred|"
    r"10|100)\b(?![-\w])(?![^\S\n]+(?:days?|weeks?|months?|years?|hours?|respects|ways|"
    r"regards|parts|stages|phases|steps|places|languages)\b)",
    re.I,
)  # ("one in two weeks": a rate in time; "in three respects": the ways, no share)
# A word before the count that makes it a pronoun or a rank: "the last one in three".
_NOT_A_SHARE_BEFORE = re.compile(
    r"\b(?:the|this|that|last|first|next|each|every|no|any|only|another|which)[^\S\n]+$", re.I
)


_HEDGES = frozenset({"exact", "fewer than", "more than", "about", "nearly", "almost"})


def share_of_whole(text: str, q: Quantity) -> tuple[str, int] | None:
    """("in ten", end of the whole) when q opens such a share, ("", end) when the share is
    hedged ("fewer than one in three"); None otherwise."""
    if q.money or q.percent or q.value_high is not None or q.qualifier not in _HEDGES:
        return None
    if text[q.end : q.end + 4].lower() not in (" in ", " out"):
        return None  # (a cheap test before the pattern)
    m = _IN_WHOLE.match(text, q.end)
    if m is None or q.qualifier == "exact" and _NOT_A_SHARE_BEFORE.search(
            text, max(0, q.start - 10), q.start):  # (a hedge is no pronoun: "that fewer than")
        return None
    word = m.group(1).lower()
    whole = int(word) if word.isdigit() else _WHOLES[word]
    if not 0 < q.value < whole:
        return None  # "one in two" is a share; "five in two" is no share ("in two weeks" ...)
    if q.qualifier != "exact":
        return "", m.end()  # "fewer than one in three departments": a hedged share, no
        # count of departments (nor a share to brief: the writer would not give it exactly)
    return " ".join(text[q.end : m.end()].split()), m.end()
