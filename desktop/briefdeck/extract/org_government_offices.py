"""A government's offices named by whom they serve or where they sit: "the Iraqi Prime
Minister's office" (a spokesman of it speaks), "the Bantryan Representation in Washington" (a
regional government's mission abroad, told things by officials there).

Neither ends in a word the generic rules read as a body's ("office" after a possessive is in
lower case; "Representation" is no body's word elsewhere), so both were lost.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found
from briefdeck.extract.org_words import DEMONYM

# "the Iraqi Prime Minister's office", "Prime Minister's Office", "the President's office"
_LEADERS_OFFICE = re.compile(
    rf"(?<![\w-])(?:(?:{DEMONYM})\s+)?(?:Prime\s+Minister|President|Chancellor)['’]s\s+"
    r"[Oo]ffice\b")
# "the office of the Iraqi Prime Minister": the same body, written the other way round
_OFFICE_OF = re.compile(
    rf"\b[Oo]ffice\s+of\s+the\s+(?P<who>(?:(?:{DEMONYM})\s+)?(?:Prime\s+Minister|President|"
    r"Chancellor))\b")
# "the KRG Representation in Washington", "the Bantry Regional Representation to the EU"
_REPRESENTATION = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]*\s+){1,3}Representation\s+(?:in|to)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
_NOT_FIRST = frozenset({"The", "A", "An", "Its", "Their", "Our", "His", "Her"})


def _add(found: dict[str, Found], name: str, start: int) -> Found:
    key = name.casefold()
    if key not in found:
        found[key] = Found(name, start, start + len(name))
    return found[key]


def government_offices(text: str, found: dict[str, Found]) -> None:
    """Add the leaders' offices and the missions named "Representation in X"."""
    if "'s office" in text or "’s office" in text or "s Office" in text:
        other_way: dict[str, str] = {}  # "iraqi prime minister" -> "office of the Iraqi ..."
        if "ffice of the " in text:
            for other in _OFFICE_OF.finditer(text):
                who = " ".join(other.group("who").split()).casefold()
                other_way.setdefault(who, " ".join(other.group().split()))
        for m in _LEADERS_OFFICE.finditer(text):
            name = " ".join(m.group().split())
            f = _add(found, name, m.start())
            written = other_way.get(re.split(r"['’]s\s", name.casefold())[0])
            if written and written not in f.aliases:
                f.aliases.append(written)
    if "Representation " in text:
        for m in _REPRESENTATION.finditer(text):
            words = m.group().split()
            while words and words[0] in _NOT_FIRST:
                words = words[1:]
            if len(words) >= 4:
                name = " ".join(words)
                _add(found, name, text.find(name, m.start()))
