"""A town named with its base in the same report is the base: one place, one dot on the map.

"The drone attack hit Harir Air Base ..." and, two lines on, "two drones targeted Harir": the
town the base is named for stands a kilometre or two from it, and a report that names the base
means the base when it names the town alone. Drawn twice, one attack looks like two targets.
So a town is folded into a base of the report named "<town> <site words>" ("Harir Air Base",
"Rmeilan landing zone", "Anniston Army Depot") whose point lies within SAME_PLACE_KM of it,
when the two say the same of the place or one of them says nothing ("mentioned"); the base
takes the town's role (and its evidence) when it had none. A town left where the base was
attacked ("troops leave Harir" after drones struck Harir air base) keeps its own dot: merged,
one of the two would be lost. A city whose airport or base stands farther off (Erbil,
Baghdad, Sulaymaniyah) stays its own place: it is named for itself as often as for its
airport.
A town written with the base's site word or its short form right after it ("Erbil AB - rockets",
"Erbil Air Base" cut by the gazetteer to "Erbil") is the base whatever the distance: its
role, an attack's most of all, is the base's (the base attacked and reinforced is briefed as
the target, as elsewhere).
"""

from __future__ import annotations

import re
from typing import Any

SAME_PLACE_KM = 5.0
# the site word written after the town's name: "Erbil AB", "Harir air base"
_SITE_AFTER = re.compile(r"[ \t]+(?:AB|Air[ \t]+Base|air[ \t]+base)\b")


def _written_as_base(text: str, town: Any, base: Any) -> bool:
    """Is the town's own mention the base's name in short ("Erbil AB" for Erbil Air Base)?"""
    at = town.provenance.end if town.provenance else -1
    return at > 0 and base.name.casefold().startswith(town.name.casefold() + " air base") \
        and _SITE_AFTER.match(text, at) is not None


# A landmark in the city's heart named after it ("the Kelby Citadel", "Kelby Grand Mosque") is
# a sight of the city, not a base beside a town: the city keeps its own dot.
_LANDMARK = re.compile(r" (?:Citadel|Castle|Old City|Museum|(?:Grand )?Mosque|Cathedral|Bazaar|"
                       r"Souq|Souk)$", re.I)


def _one_place(town: Any, base: Any) -> bool:
    """Is the town the base under its short name: named in the base's name, close to it, and
    given no other role?"""
    from briefdeck.geo.towns import km

    return (
        base.name.casefold().startswith(town.name.casefold() + " ")
        and _LANDMARK.search(base.name) is None
        and (town.role == base.role or "mentioned" in (town.role, base.role))
        and km(town.lat, town.lon, base.lat, base.lon) <= SAME_PLACE_KM
    )


def towns_into_their_bases(places: list[Any], text: str = "") -> list[Any]:
    """places with each town that is a nearby base under its short name dropped into that
    base (which takes the town's role when it had none, or an attack's when the town was
    written as the base: "Erbil AB")."""
    bases = [
        p for p in places if p.kind == "installation" and p.lat is not None and p.lon is not None
    ]
    if not bases:
        return places
    into: dict[int, Any] = {}  # id(town) -> its base
    told_as_base: dict[int, Any] = {}  # id(base) -> the attacked town written as it ("X AB")
    for town in places:
        if town.kind == "city" and town.lat is not None and town.lon is not None:
            base = next((b for b in bases if _one_place(town, b)), None)
            if base is None and text:
                base = next((b for b in bases if _written_as_base(text, town, b)), None)
                if base is not None and town.role == "attack target":
                    told_as_base[id(base)] = town
            if base is not None:
                into[id(town)] = base
    if not into:
        return places
    told: dict[int, Any] = dict(told_as_base)  # id(base) -> the town whose role it takes
    for town in places:
        base = into.get(id(town))
        if base is not None and base.role == "mentioned" and town.role != "mentioned":
            told.setdefault(id(base), town)
    out = []
    for p in places:
        if id(p) in into:
            continue
        if id(p) in told:
            town = told[id(p)]
            p = p.model_copy(update={"role": town.role, "provenance": town.provenance})
        out.append(p)
    return out
