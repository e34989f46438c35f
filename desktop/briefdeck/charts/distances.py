"""Distances on the map: great-circle kilometres between two points, and the spread of a set of
places (its bounding box's diagonal). The map's framing rules all measure with these."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt
from typing import Any

EARTH_RADIUS_KM = 6371.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres."""
    p1, p2 = radians(lat1), radians(lat2)
    a = sin((p2 - p1) / 2) ** 2 + cos(p1) * cos(p2) * sin(radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(sqrt(a))


def extent_km(places: list[Any]) -> float:
    """The diagonal of the places' bounding box."""
    lats = [float(p.lat) for p in places]
    lons = [float(p.lon) for p in places]
    return km(min(lats), min(lons), max(lats), max(lons))
