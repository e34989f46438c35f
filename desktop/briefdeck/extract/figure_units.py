"""Checks on the noun a figure counts, kept out of figures.py to keep it readable.

An organisation's acronym after a number is not what is counted: in "5 wounded (3 JAF, 2 US)"
the three are members of the JAF, a breakdown of a toll, not three "JAF". A bare upper-case
acronym names an organisation when the report elsewhere lets it speak or act: "the JAF said",
"a JAF spokesman", "JAF statement". Weapon acronyms counted in the plural ("3 UAVs", "8 MRAPs")
and casualty codes never reach this check.
"""

from __future__ import annotations

import re

_BARE_ACRONYM = re.compile(r"[A-Z]{2,6}")
# What an organisation's acronym does in a report, right after it ("JAF's spokesman" too).
_ACTS = (r"(?i:(?:['’]s\s+)?(?:spokes(?:man|woman|person)|statements?|said|says|tally|"
         r"(?:general\s+)?command|officials?|announced|confirmed|denied|claimed|reported|"
         r"added|stated|press\s+office|chief|commander)\b)")


def organization_acronym(text: str, phrase: str, cache: dict[str, bool]) -> bool:
    """True when the counted phrase is one bare upper-case acronym that the report treats
    as an organisation elsewhere (the cache holds the answer for each acronym per text)."""
    if not _BARE_ACRONYM.fullmatch(phrase):
        return False
    known = cache.get(phrase)
    if known is None:
        known = cache[phrase] = re.search(
            rf"(?<![\w-]){phrase}\s+{_ACTS}", text) is not None if phrase in text else False
    return known
