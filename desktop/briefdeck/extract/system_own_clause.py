"""A system's site is the one its own clause names.

One sentence often tells two moves: "a Patriot battery deployed to A on the 25th, and a
squadron of F-16s arrived at B on the 28th". The site of each system is in its own clause;
the first site of the sentence belongs to the first system only. A clause ends at a semicolon
or at ", and" / "while" / "as" opening a new subject ("a squadron", "two batteries"); a list of
sites ("at A, and B") is no new subject and is not cut.
"""

from __future__ import annotations

import re

_NEW_SUBJECT = re.compile(
    r";\s|(?:,\s+(?:and|while|whereas|but)|,?\s+(?:as|while|whereas))\s+"
    r"(?=(?:a|an|another|two|three|four|five|six|several|\d+)\s|"
    r"(?-i:[A-Z])[\w-]+\s+(?-i:[A-Z]))",
    re.I,
)  # (or a name: "as Sky Sabre")

_CUTS = (";", ", ", " as ", " while ", " whereas ", " As ", " While ", " Whereas ")


def own_clause(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The part of the sentence text[start:end] that holds the mention at `at`."""
    if all(text.find(cut, start, end) < 0 for cut in _CUTS):
        return start, end
    lo, hi = start, end
    for m in _NEW_SUBJECT.finditer(text, start, end):
        if m.end() <= at:
            lo = m.end()
        else:
            hi = m.start()
            break
    return lo, hi
