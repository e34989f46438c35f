"""A place a sentence sets aside for another: "was near Shamaa, not Naqoura", "hit Aitaroun
rather than Bint Jbeil", "moved to X instead of Y".

Corrections, errata and rebuttals name the wrong place right after the right one. The cue
beside them ("strike ... near") holds for the place kept; the one after "not", "rather than" or
"instead of" is the place the writer says nothing happened at, so it keeps no role.
"""

from __future__ import annotations

import re

# ", not", "and not", "rather than", "instead of", then at most a preposition and "the"
_SET_ASIDE = re.compile(
    r"(?:,\s*+(?:and\s+)?not|\brather\s+than|\binstead\s+of)\s+"
    r"(?:(?:in|at|near|on|to|from|into)\s+)?(?:the\s+)?$",
    re.I,
)


def set_aside(text: str, sent_start: int, start: int) -> bool:
    """Is the place at start the one a correction sets aside ("near X, not Y": Y)?"""
    lo = max(sent_start, start - 24)
    window = text[lo:start]
    if "not" not in window and "than" not in window and "instead" not in window:
        return False  # (cheap test first: most places have none of these words before them)
    return _SET_ASIDE.search(text, lo, start) is not None
