"""Country borders for briefing maps: load, select for a frame, frame, project.

The asset (assets/geo/countries-50m.json) is built by scripts/build_map_assets.py
from Natural Earth 1:50m. Coordinates are (lon, lat) degrees; frames that cross
the antimeridian are not supported (briefing maps are regional).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from briefdeck.paths import assets_dir

Bounds = tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max
LonLat = tuple[float, float]
Ring = list[LonLat]


@dataclass(frozen=True)
class Country:
    name: str
    iso_n3: str | None  # ISO 3166-1 numeric; None for e.g. Kosovo, Somaliland
    bbox: Bounds
    label: LonLat  # a point inside the country, for its name
    # Raw [lon, lat] lists as read; tuples are made only for rings drawn.
    raw_rings: list[list[list[float]]] = field(repr=False, compare=False)
    # Per-ring bboxes, computed on first use so loading stays fast.
    _ring_boxes: list[Bounds] = field(default_factory=list, repr=False, compare=False)

    def ring_boxes(self) -> list[Bounds]:
        if not self._ring_boxes:
            for ring in self.raw_rings:
                lons = [p[0] for p in ring]
                lats = [p[1] for p in ring]
                self._ring_boxes.append((min(lons), min(lats), max(lons), max(lats)))
        return self._ring_boxes


class BordersInFrame(NamedTuple):
    rings: list[Ring]  # (lon, lat) tuples, clipped to the frame when asked
    countries: list[str]  # names of countries whose bbox meets the frame


@lru_cache(maxsize=1)
def load_countries() -> tuple[Country, ...]:
    """Read the borders asset once per process."""
    path = assets_dir() / "geo" / "countries-50m.json"
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(
        Country(c["name"], c["iso_n3"], tuple(c["bbox"]), tuple(c["label"]), c["rings"])
        for c in data["countries"]
    )


def _meets(a: Bounds, b: Bounds) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def rings_within(bounds: Bounds, pad: float = 0.0, clip: bool = True) -> BordersInFrame:
    """Rings of every country that reaches into bounds (grown by pad degrees),
    and the names of those countries (judged per ring, so that France's
    overseas departments do not put France in a map of Iraq).

    With clip=True each ring is cut to the padded frame (Sutherland-Hodgman), so
    a renderer never draws far outside its plot area; fill with the even-odd
    rule so lakes and enclaves stay open.
    """
    per_country = country_rings_within(bounds, pad, clip)
    return BordersInFrame([r for _, rings in per_country for r in rings],
                          [name for name, _ in per_country])  # fmt: skip


def country_rings_within(
    bounds: Bounds, pad: float = 0.0, clip: bool = True
) -> list[tuple[str, list[Ring]]]:
    """Like rings_within, grouped per country: [(name, rings), ...] by name."""
    frame = (bounds[0] - pad, bounds[1] - pad, bounds[2] + pad, bounds[3] + pad)
    found: list[tuple[str, list[Ring]]] = []
    for country in load_countries():
        if not _meets(country.bbox, frame):
            continue
        rings: list[Ring] = []
        for raw, box in zip(country.raw_rings, country.ring_boxes(), strict=True):
            if not _meets(box, frame):
                continue
            ring = [(p[0], p[1]) for p in raw]
            inside = (frame[0] <= box[0] and frame[1] <= box[1]
                      and box[2] <= frame[2] and box[3] <= frame[3])  # fmt: skip
            if clip and not inside:
                ring = clip_ring(ring, frame)
            if len(ring) >= 3:
                rings.append(ring)
        if rings:
            found.append((country.name, rings))
    return found


def clip_ring(ring: Sequence[LonLat], frame: Bounds) -> Ring:
    """Clip a ring to a rectangle (Sutherland-Hodgman, one edge at a time).

    The result is implicitly closed: its last point is not repeated.
    """
    out: Ring = list(ring)
    # (axis, limit, keep the side >= limit?) for left, right, bottom, top.
    for axis, limit, keep_above in (
        (0, frame[0], True),
        (0, frame[2], False),
        (1, frame[1], True),
        (1, frame[3], False),
    ):
        if not out:
            break
        src, out = out, []
        prev = src[-1]
        prev_in = (prev[axis] >= limit) == keep_above
        for cur in src:
            cur_in = (cur[axis] >= limit) == keep_above
            if cur_in != prev_in:
                out.append(_crossing(prev, cur, axis, limit))
            if cur_in:
                out.append(cur)
            prev, prev_in = cur, cur_in
    return out


def _crossing(p: LonLat, q: LonLat, axis: int, limit: float) -> LonLat:
    """Where segment p-q meets the line coordinate[axis] == limit."""
    t = (limit - p[axis]) / (q[axis] - p[axis])
    point = (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)
    return (limit, point[1]) if axis == 0 else (point[0], limit)


def frame_for(
    points: Iterable[tuple[float, float]],
    min_span_deg: float = 4.0,
    aspect: float = 16 / 9,
    margin: float = 0.15,
) -> Bounds:
    """Bounds (lon_min, lat_min, lon_max, lat_max) around (lat, lon) points.

    Widths are measured in ground units (longitude degrees times cos of the mid
    latitude) so that, drawn with project(), the frame has the given aspect
    (width / height) and every point sits at least margin * span inside it.
    """
    pts = list(points)
    if not pts:
        raise ValueError("frame_for needs at least one point")
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    lat_c = (min(lats) + max(lats)) / 2
    lon_c = (min(lons) + max(lons)) / 2
    k = _lon_scale(lat_c)
    height = max((max(lats) - min(lats)) * (1 + 2 * margin), min_span_deg)
    width = max((max(lons) - min(lons)) * k * (1 + 2 * margin), min_span_deg)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    # Keep the frame on the globe: slide it rather than squash it.
    half_h = min(height / 2, 89.0)
    lat_c = max(-89.0 + half_h, min(89.0 - half_h, lat_c))
    half_w = min(width / 2 / _lon_scale(lat_c), 180.0)
    lon_c = max(-180.0 + half_w, min(180.0 - half_w, lon_c))
    return (lon_c - half_w, lat_c - half_h, lon_c + half_w, lat_c + half_h)


def project(
    lon: float, lat: float, bounds: Bounds, width: float, height: float
) -> tuple[float, float]:
    """Equirectangular projection with cos(mid-latitude) scaling, y down.

    One scale for both axes keeps shapes true at the frame's middle; if the
    bounds' aspect differs from width/height the map is centred (letterboxed).
    """
    lon_min, lat_min, lon_max, lat_max = bounds
    k = _lon_scale((lat_min + lat_max) / 2)
    ground_w = (lon_max - lon_min) * k
    ground_h = lat_max - lat_min
    scale = min(width / ground_w, height / ground_h)
    x = (width - ground_w * scale) / 2 + (lon - lon_min) * k * scale
    y = (height - ground_h * scale) / 2 + (lat_max - lat) * scale
    return x, y


def _lon_scale(lat: float) -> float:
    # Floor keeps polar frames finite.
    return max(math.cos(math.radians(lat)), 0.05)
