"""A place the enemy can reach is not a place it hit.

"whether that group can reach X", "X is within range of the drones", "could strike X": an
assessment of reach names a place at risk, not an attack on it. An attack cue in the same
sentence ("who conducted the attack on Tower 22 and whether that group can reach X") belongs to
the other place; X stays "mentioned".
"""

from __future__ import annotations

import re

# The reach words right before the place (a bracketed short name after the full one:
# "can reach Muwaffaq Salti Air Base (MSAB": the short name is reached too).
_REACHED = re.compile(
    r"\b(?:(?:can|could|may|might|would|able\s+to|capable\s+of)\s+(?:still\s+)?"
    r"(?:reach|reaching|hit|hitting|strike|striking|target|targeting)|"
    r"(?:with)?in\s+(?:striking\s+|strike\s+|easy\s+)?(?:range|reach)\s+of|"
    r"range\s+to\s+(?:reach|hit|strike))\s+"
    r"(?:(?:the|a|an|U\.S\.|American|coalition)\s+)*"
    r"(?:(?-i:[A-Z][^\s()]{0,29})\s+){0,5}?(?:\(\s*)?$",
    re.I,
)
_CUES = ("reach", "range", "can ", "could", "may ", "might", "would", "able", "capable")


def only_within_reach(text: str, sent_start: int, start: int) -> bool:
    """Is the place at start named as within an attacker's reach, not as hit? Cheap: the
    80 characters before the place must hold a reach word first."""
    lo = max(sent_start, start - 80)
    before = text[lo:start].lower()
    if not any(cue in before for cue in _CUES):
        return False
    return _REACHED.search(text, lo, start) is not None
