"""Place names that stand for something else: a person introduced by a role, a publisher's city.

- "our driver Ahmad says", "the fixer Omar", "my colleague Jordan": a role that only a person
  holds, right before a capitalised word, makes that word a given name (Ahmad is also a village
  in Kuwait).
- "(Abingdon: Routledge for the IISS, 2026)", "London: Hurst, 2019": a book's place of
  publication in a note or a reference list, no place of the report.
"""

from __future__ import annotations

import re

HELPER_BEFORE = re.compile(
    r"\b(?:[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa])\s+(?:local\s+|own\s+)?"
    r"(?:driver|fixer|translator|interpreter|guide|colleague|friend|neighbou?r|cousin|"
    r"brother|sister|son|daughter|wife|husband|uncle|aunt|nephew|niece|contact|guard|"
    r"cook|landlord|housekeeper|bodyguard|assistant|stringer|cameraman|photographer)\s+$")
# "City: Publisher[ for Someone], Year" (a reference's imprint).
IMPRINT_AFTER = re.compile(r":\s+[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|and|for|the))"
                           r"{0,8}?,\s+(?:19|20)\d\d\b")


def helper_named(text: str, start: int) -> bool:
    """Is the word at start a given name after a person's role ("our driver Ahmad")?"""
    return bool(HELPER_BEFORE.search(text, max(0, start - 30), start))


def imprint_city(text: str, end: int) -> bool:
    """Is the place ending at end a book's place of publication ("Abingdon: Routledge, 2026")?"""
    return text[end : end + 1] == ":" and bool(IMPRINT_AFTER.match(text, end, end + 120))
