"""Which of several same-named towns a text means, and whether it means one the gazetteer
knows at all: the town by the place the text puts it in, else the one nearest the places named
around it; a village far from all of them is another one, named without a point. Distances
(km) are the geography towns.find_towns and the namesake checks share.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from briefdeck.geo.places import GazetteerEntry

if TYPE_CHECKING:
    from briefdeck.geo.towns import Town

NEAR = 1500  # characters: a town's country must be named this close, or be the article's main one
ANCHOR_KM = 100  # "X in Tulcea County": a town X farther than this from Tulcea is another X
# A province or region is pinned at its capital or centre, yet its towns lie up to a few hundred
# km from that point ("Kangra in Himachal Pradesh" is 140 km from Shimla).
ANCHOR_KM_AREA = 300
NEIGHBOUR_CHARS = 400  # places this close in the text tell which of several same-named towns
FAR_KM = 300  # a village farther than this from every place named around it is another one

# "X in Mafraq governorate": the anchor's name stands for its province (a large unit: a
# desert governorate runs for hundreds of km), though the gazetteer found the city of that
# name. Not a county or district, which are small ("Victoria in Tulcea County").
AREA_WORD_AFTER = re.compile(r"\s+(?:governorate|province|wilaya|muhafazah)\b", re.IGNORECASE)


def _pick(cands, anchor, points, pos, area=False):
    """Which of several same-named towns: the one by the place the text puts it in or near,
    else the one nearest the places named around it, else its own name and the biggest."""
    if anchor is not None and anchor.entry.kind != "country":
        a = anchor.entry
        close = [(km(a.lat, a.lon, t.lat, t.lon), t) for _, t in cands if t.country == a.country]
        limit = ANCHOR_KM_AREA if area or a.kind in ("province", "region") else ANCHOR_KM
        close = [c for c in close if c[0] <= limit]
        return min(close, key=lambda c: c[0])[1] if close else None
    if len(cands) > 1:
        # Only places in the candidates' countries tell them apart ("Washington" named near
        # a Syrian village says nothing of which Diban); none near: those named anywhere.
        countries = {t.country for _, t in cands}
        ours = [(p, e) for p, e in points if e.country in countries]
        around = [e for p, e in ours if abs(p - pos) <= NEIGHBOUR_CHARS] or [e for _, e in ours]
        if around:
            return min((min(km(e.lat, e.lon, t.lat, t.lon) for e in around), t)
                       for _, t in cands)[1]  # fmt: skip
    return max(cands, key=lambda c: (c[0], c[1].population))[1]

def _far_from_around(town: Town, points, pos: int) -> bool:
    """Do the towns and bases named around pos in the town's country all lie more than
    FAR_KM from it? Then the village meant is one the gazetteer lacks."""
    around = [e for p, e in points if abs(p - pos) <= NEAR and e.country == town.country]
    return bool(around) and all(km(e.lat, e.lon, town.lat, town.lon) > FAR_KM for e in around)


def unplaced(entry: GazetteerEntry) -> GazetteerEntry:
    """The town's name without a point: a wrong point on a map is worse than none."""
    return replace(entry, lat=None, lon=None, precision="unknown",
                   notes="not placed: the only town of that name known lies far from the "
                         "places named around it")


def _near(positions: list[int], pos: int) -> bool:
    """Is a place of this country named within NEAR characters of pos?"""
    k = bisect.bisect_left(positions, pos - NEAR)
    return k < len(positions) and positions[k] <= pos + NEAR


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(a))
