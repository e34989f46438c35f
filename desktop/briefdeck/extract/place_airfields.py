"""Airfields and bases under more than one name: a city's own airport, one airstrip twice.

"Erbil's airport", "the airport of Erbil": the city's named airport when the gazetteer knows
it. "A/B" naming two installations whose points lie close together is one site under two
names; a word in capitals ("EBL", "EBBL") only folded onto a name is none of its spellings.
A report names bases in all these ways, and each should still be one place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (places imports this module)
    from briefdeck.extract.places import PlaceMention

SITE_WORD_END = re.compile(r"(?i:base|airbase|airfield|airport|camp|garrison|station|field)$")
_OWNED_AIRFIELD = re.compile(r"['’]s\s+(airport|air\s?base|airfield)\b")
_AIRFIELD_OF = re.compile(r"\b(airport|air\s?base|airfield)\s+(?:of|in)\s+$")


def _owned_airfield(text: str, gaz, r: tuple) -> tuple:
    """"Erbil's airport", "the airport of Erbil": the city's named airport when the gazetteer
    knows it, else the city."""
    start, end, entry, written = r
    if entry.kind != "city":
        return r
    if text[end : end + 1] in "'’" and (m := _OWNED_AIRFIELD.match(text, end)):
        site = gaz.lookup(f"{written} {m.group(1)}", fuzzy=False)
        if site is not None and site.kind == "installation":
            return start, m.end(), site, text[start : m.end()]
    elif text[start - 4 : start] in (" of ", " in ") and \
            text.find("air", max(0, start - 20), start) >= 0 and \
            (m := _AIRFIELD_OF.search(text, max(0, start - 20), start)):
        site = gaz.lookup(f"{written} {m.group(1)}", fuzzy=False)
        if site is not None and site.kind == "installation":
            return m.start(), end, site, text[m.start() : end]
    return r


SAME_SITE_KM = 30  # two bases' points this close may be one airstrip under two names


def _not_spelled(written: str, entry) -> bool:
    """Is a word in capitals none of the entry's names, only folded onto one ("EBL", "EBBL")?"""
    low = written.casefold()
    return low != entry.name.casefold() and all(low != a.casefold() for a in entry.aliases)


def _same_site(first: PlaceMention, entry) -> bool:
    """Are two installations written "A/B" one site (their points close together)?"""
    if first.kind != "installation" or entry.kind != "installation" or first.lat is None \
            or entry.lat is None:
        return False
    from briefdeck.geo.towns import km

    return km(first.lat, first.lon, entry.lat, entry.lon) <= SAME_SITE_KM
