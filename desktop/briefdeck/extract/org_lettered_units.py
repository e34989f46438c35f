"""Companies, batteries and troops named by their letter in the phonetic alphabet.

A battalion names its sub-units "Alpha Battery", "Bravo Company", "Charlie Troop": in a unit's
own record (a town hall, a casualty update) these are the bodies the facts are about, and the
word after the letter says it is a unit, not a call sign or a code word ("Delta Force" and a
plain "Alpha" stay out).
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_LETTERED = re.compile(
    r"\b(?:Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Kilo|Lima|Mike|"
    r"November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-ray|Yankee|"
    r"Zulu)[ \t]++(?:Battery|Company|Troop)\b"
)


def lettered_units(
    text: str, start: int, end: int, st: str, found: dict[str, Found], taken: list[tuple[int, int]]
) -> None:
    """Add the lettered sub-units one sentence names (st is its text)."""
    if "Battery" not in st and "Company" not in st and "Troop" not in st:
        return  # (the word first: cheaper than the scan)
    for m in _LETTERED.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        taken.append((m.start(), m.end()))
        found.setdefault(m.group(0).casefold(), Found(m.group(0), m.start(), m.end()))
