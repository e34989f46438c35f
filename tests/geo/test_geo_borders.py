"""Country borders asset, map framing and projection."""

import math

import pytest

from briefdeck.geo import (
    assets_dir,
    country_rings_within,
    frame_for,
    load_countries,
    project,
    rings_within,
)

BAGHDAD = (33.34, 44.40)  # (lat, lon)


def _inside(ring, lon, lat):
    hit = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False):
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def _country(name):
    return next(c for c in load_countries() if c.name == name)


def test_borders_asset_loads_and_covers_iraq():
    iraq = _country("Iraq")
    assert iraq.iso_n3 == "368"
    # Iraq spans roughly 38.8-48.6 E and 29.1-37.4 N.
    lon_min, lat_min, lon_max, lat_max = iraq.bbox
    assert lon_min == pytest.approx(38.8, abs=0.3) and lon_max == pytest.approx(48.6, abs=0.3)
    assert lat_min == pytest.approx(29.1, abs=0.3) and lat_max == pytest.approx(37.4, abs=0.3)
    lat, lon = BAGHDAD
    assert any(_inside(ring, lon, lat) for ring in iraq.raw_rings)
    assert not any(_inside(ring, lon, lat) for ring in _country("Syria").raw_rings)


def test_borders_asset_is_compact_and_rounded():
    path = assets_dir() / "geo" / "countries-50m.json"
    assert path.stat().st_size < 3_000_000
    assert len(load_countries()) > 200
    for country in load_countries():
        for ring in country.raw_rings:
            assert all(a != b for a, b in zip(ring, ring[1:], strict=False)), country.name
            assert all(round(v, 3) == v for p in ring[:20] for v in p)


def test_rings_never_streak_across_the_antimeridian():
    for country in load_countries():
        for ring in country.raw_rings:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
                # Only edges along a pole may run the full width of the map.
                assert abs(x1 - x0) <= 180 or abs(y0) == abs(y1) == 90, country.name


def test_load_countries_reads_the_asset_once():
    assert load_countries() is load_countries()


def test_rings_within_iraq_frame_names_its_neighbours_only():
    found = rings_within(_country("Iraq").bbox, pad=0.5)
    for neighbour in ("Iraq", "Syria", "Iran", "Turkey", "Jordan", "Kuwait", "Saudi Arabia"):
        assert neighbour in found.countries
    # Overseas territories must not drag far-away countries into the map.
    assert "France" not in found.countries and "United States of America" not in found.countries
    assert found.rings and all(len(r) >= 3 for r in found.rings)


def test_clipped_rings_stay_inside_the_padded_frame():
    bounds = (40.0, 32.0, 46.0, 36.0)
    rings, _ = rings_within(bounds, pad=1.0)
    for ring in rings:
        for lon, lat in ring:
            assert 39.0 - 1e-9 <= lon <= 47.0 + 1e-9 and 31.0 - 1e-9 <= lat <= 37.0 + 1e-9
    unclipped, _ = rings_within(bounds, pad=1.0, clip=False)
    assert max(lon for r in unclipped for lon, _ in r) > 47.0


def _ground_aspect(bounds):
    lon_min, lat_min, lon_max, lat_max = bounds
    mid = math.radians((lat_min + lat_max) / 2)
    return (lon_max - lon_min) * math.cos(mid) / (lat_max - lat_min)


@pytest.mark.parametrize("aspect", [16 / 9, 4 / 3, 1.0, 0.5])
def test_frame_for_contains_all_points_with_the_aspect(aspect):
    points = [(33.786, 42.441), (36.237, 43.963), (35.51, 44.28), (30.5, 47.8)]
    bounds = frame_for(points, aspect=aspect)
    lon_min, lat_min, lon_max, lat_max = bounds
    for lat, lon in points:
        assert lon_min < lon < lon_max and lat_min < lat < lat_max
    assert _ground_aspect(bounds) == pytest.approx(aspect, rel=1e-6)


def test_frame_for_one_point_spans_at_least_the_minimum():
    lon_min, lat_min, lon_max, lat_max = frame_for([BAGHDAD], min_span_deg=4.0)
    assert lat_max - lat_min >= 4.0 - 1e-9
    assert (lon_min + lon_max) / 2 == pytest.approx(BAGHDAD[1])
    assert (lat_min + lat_max) / 2 == pytest.approx(BAGHDAD[0])


def test_frame_for_needs_points():
    with pytest.raises(ValueError):
        frame_for([])


def test_project_maps_frame_corners_to_image_corners_with_y_down():
    bounds = frame_for([BAGHDAD, (36.2, 44.0)], aspect=16 / 9)
    lon_min, lat_min, lon_max, lat_max = bounds
    assert project(lon_min, lat_max, bounds, 1600, 900) == pytest.approx((0, 0), abs=1e-6)
    assert project(lon_max, lat_min, bounds, 1600, 900) == pytest.approx((1600, 900), abs=1e-6)
    _, y_north = project(44.0, 36.2, bounds, 1600, 900)
    _, y_south = project(BAGHDAD[1], BAGHDAD[0], bounds, 1600, 900)
    assert y_north < y_south


def test_project_centres_the_map_when_the_canvas_is_wider():
    bounds = frame_for([BAGHDAD], aspect=1.0)
    x, y = project(BAGHDAD[1], BAGHDAD[0], bounds, 2000, 1000)
    assert (x, y) == pytest.approx((1000, 500))
    x_left, _ = project(bounds[0], BAGHDAD[0], bounds, 2000, 1000)
    assert x_left == pytest.approx(500)  # 1000 px wide map centred on a 2000 px canvas


def test_country_rings_within_groups_the_same_rings_per_country():
    bounds = (40.0, 32.0, 46.0, 36.0)
    per_country = country_rings_within(bounds, pad=0.5)
    flat = rings_within(bounds, pad=0.5)
    assert [name for name, _ in per_country] == flat.countries
    assert [r for _, rings in per_country for r in rings] == flat.rings
    assert dict(per_country)["Iraq"]
