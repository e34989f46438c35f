"""The hurt told by their injuries' kind: "two staff on night duty had light cuts from glass",
"three guards suffered bruises".

The toll readers know injuries, wounds, burns and concussions by name; cuts, bruises,
fractures and lacerations tell the same harm. "Cuts" is also money's word ("staff had pay
cuts"), so it counts only with a word of harm beside it: light, minor, deep ... before it or
"from glass", "from shrapnel" after it.
"""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty, counted_groups
from briefdeck.extract.toll_words import ITEM

_CUES = ("cuts", "bruis", "fractur", "lacerat")  # (a cheap test first, on the lower-cased text)
_DEGREE = r"(?:light|minor|slight|small|superficial|deep|serious|severe|bad|facial|head|leg|arm)"
_HURT_NOUNS = re.compile(
    # the group, where it was ("on night duty", "at the gate"), then what it had
    rf"{ITEM}(?:\s+(?:on|at|in|inside|near)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    r"[\w'’-]+)?\s+(?:had|have|has|suffered|sustained|received|were\s+treated\s+for)\s+"
    r"(?:(?:only|also|all)\s+)?"
    rf"(?:(?:{_DEGREE}\s+(?:(?:and|or)\s+{_DEGREE}\s+)?(?:cuts|bruises|bruising))|"
    r"(?:cuts|bruises|bruising)(?=\s+(?:from|by|caused\s+by)\s+(?:the\s+)?(?:flying\s+|broken\s+|"
    r"shattered\s+)?(?:glass|shrapnel|debris|fragments|splinters))|"
    rf"(?:{_DEGREE}\s+)?(?:fractures|lacerations|broken\s+bones))\b",
    re.I,
)


def hurt_by_kind(
    text: str, start: int, end: int, low: str, taken: list[Casualty]
) -> list[Casualty]:
    """The counts of "N people had light cuts" not read yet (low: text[start:end] in lower
    case)."""
    if not any(cue in low for cue in _CUES):
        return []
    return counted_groups(_HURT_NOUNS.finditer(text, start, end), "wounded", taken)
