"""A name followed by an institution's noun and the place it stands in is that institution,
not the town of that name: "Al-Thawra hospital in Hodeidah" is the hospital in Hodeidah (Al-
Thawra is also a town in Syria), "the Al-Nour school in Mosul" a school. Once a report names
it so, a bare "Al-Thawra" later ("patients to Al-Thawra") is the hospital too. The town still
counts when its own place is the one named ("the Karrada hospital in Baghdad": Karrada lies in
Baghdad) or when the text says it is a town ("the town of Al-Thawra"). A city's possessive
before it places it the same way: "Hodeidah's al-Thawra hospital" is in Hodeidah.
"""

from __future__ import annotations

import re

_NOUN = (r"\s+(?:[Hh]ospitals?|[Cc]linic|[Ss]chool|[Uu]niversity|[Cc]ollege|[Mm]osque|[Cc]hurch|"
         r"[Mm]inistry|[Ss]tadium|[Pp]rison|[Ii]nstitute|[Aa]cademy|[Mm]edical\s+[Cc]ent(?:er|re)|"
         r"[Tt]eaching\s+[Hh]ospital)")
INSTITUTION_IN = re.compile(
    _NOUN + r"(?:\s+(?:in|at|of)|,)\s+(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?")
INSTITUTION = re.compile(_NOUN + r"\b")  # "Hodeidah's al-Thawra hospital"
POSSESSIVE = ("'s ", "’s ")
TOWN_SAID_BEFORE = re.compile(r"\b(?:town|city|village|district|governorate|province)\s+of\s+"
                              r"(?:the\s+)?$", re.I)
NEAR_KM = 50  # a town this close to the place named may be the district the institution is in


def institution_names(text: str, raw: list) -> set[str]:
    """The names the report gives institutions standing in another place than the town of
    that name (raw: (start, end, entry, written) mentions, sorted by start)."""
    at = {r[0]: r[2] for r in raw}
    ends_at = {r[1]: r[2] for r in raw}
    names: set[str] = set()
    for start, end, entry, written in raw:
        if entry.kind != "city" or entry.lat is None or text[end : end + 1] not in " \t":
            continue
        m = INSTITUTION_IN.match(text, end)
        where = at.get(m.end()) if m else None
        if where is None and text[start - 3 : start] in POSSESSIVE and \
                INSTITUTION.match(text, end):
            where = ends_at.get(start - 3)  # "Hodeidah's al-Thawra hospital"
        if where is None or where.lat is None:
            continue
        if where.kind in ("country", "province", "region"):
            far = bool(where.country) and where.country != entry.country
        else:
            from briefdeck.geo.towns import km

            far = km(entry.lat, entry.lon, where.lat, where.lon) > NEAR_KM
        if far:
            names.add(written)
    return names


def town_said(text: str, start: int) -> bool:
    """Does the text call the name at start a town ("the town of X")?"""
    return bool(TOWN_SAID_BEFORE.search(text, max(0, start - 24), start))
