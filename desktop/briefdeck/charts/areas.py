"""Which places the map draws as an area, not a point. An analyst reads a dot as "it happened
here"; a province, a region or a sea has only a representative centre in the gazetteer (and a
village placed "in Anbar province" only the province's), so a dot there would claim a
precision the report never gave. The gazetteer's precision says how exactly a point places its
place: at "installation" or "city" it is a spot, at "province" or "country" it is somewhere
across an area. Such a place is drawn as a ring sized to suggest extent, its name in italics."""

from __future__ import annotations

from typing import Any

# How exactly a point places its place, as the gazetteer and the drafting record it
# (model.facts.Precision): these two only say "somewhere in this area".
AREA_PRECISIONS = ("province", "country")
AREA_KINDS = ("province", "region")

# A ring's diameter, in dots' diameters: wide enough to read as "around here", small enough
# that a map of provinces stays legible. A sea spans more than a province, so its ring is wider.
RING_SCALE = 3.0
SEA_RING_SCALE = 4.0

AREA_KEY = "Area, not a point"  # the legend's line for the ring, in every renderer


def area_kind(place: Any) -> str:
    """What area a place's point stands for, in the analyst's words ('' for a point place):
    'province', 'region', 'sea', or 'place in a province' for a town or site the report
    placed only by the province it is in."""
    precision = getattr(place, "precision", "unknown")
    kind = getattr(place, "kind", "other")
    if kind == "country":
        return ""  # (a country is not drawn on the map at all)
    if precision not in AREA_PRECISIONS and not (precision == "unknown" and kind in AREA_KINDS):
        return ""
    if kind == "province":
        return "province"
    if kind == "region":
        # The gazetteer gives seas, gulfs and straits no country and country precision.
        return "sea" if precision == "country" and not getattr(place, "country", "") else "region"
    return "place in a province"


def is_sea(place: Any) -> bool:
    """A sea, gulf or strait: its centre lies far from any coast it borders, so it never sets
    the map's frame (the Arabian Sea's centre would stretch a map of Yemen's coast)."""
    return area_kind(place) == "sea"


def ring_scale(area: str) -> float:
    """The ring's diameter in dots' diameters for this area kind (0 for a point place)."""
    if not area:
        return 0.0
    return SEA_RING_SCALE if area == "sea" else RING_SCALE
