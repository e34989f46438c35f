"""A body named once and said at once what it is, between commas: "Tarvan, the national water
company, said its main line was not damaged". A one-word name ends in no body's word, so the
generic rules miss it; the description after it says it is a company, a utility or an agency.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found, is_place
from briefdeck.extract.org_words import DAYS_MONTHS

_DESCRIBED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:company|utility|operator|corporation|carrier|broadcaster|agency|"
    r"authority|regulator|insurer|airline|firm|charity)(?=,|\s+(?:said|says|reported|told)\b)")
_HEADS = ("company", "utility", "operator", "corporation", "carrier", "broadcaster",
          "agency", "authority", "regulator", "insurer", "airline", "firm", "charity")
_NOT_NAMES = frozenset({"The", "A", "An", "But", "And", "Meanwhile", "However", "Separately",
                        "Earlier", "Later", "Today", "Yesterday", "On", "In", "At",
                        *DAYS_MONTHS.split("|")})


def described_firms(text: str, found: dict[str, Found]) -> None:
    """Add the names described as a company, utility or agency right after them."""
    if not any(f", the {h}" in text or f" {h}," in text for h in _HEADS):
        return  # the cheap test: most texts describe no body so
    short: set[str] | None = None  # the found bodies' aliases and last words, made once
    for m in _DESCRIBED.finditer(text):
        name = m.group("name")
        if name.split()[0] in _NOT_NAMES or name.casefold() in found:
            continue
        if short is None:
            short = {a for f in found.values() for a in f.aliases}
            for f in found.values():  # "Dunmore Water Board" is also "Water Board", "Board"
                words = f.name.split()
                short |= {" ".join(words[i:]) for i in range(1, len(words))}
        if name in short or is_place(name):
            continue  # a known body's short name, or a place
        found[name.casefold()] = Found(name, m.start("name"), m.end("name"))
