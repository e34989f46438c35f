"""A province, a region or a sea is an area, not a point: the map spec says so (MapPoint.area,
from the place's precision), lists the areas before the dots so every renderer draws them
beneath, and a sea only joins a frame the other places set (its centre is no place to frame on)."""

from __future__ import annotations

from briefdeck.charts.areas import AREA_KEY, area_kind
from briefdeck.charts.build import map_spec
from briefdeck.model.facts import Place


def _place(
    i: int,
    name: str,
    lat: float,
    lon: float,
    kind: str,
    precision: str,
    role: str = "mentioned",
    country: str = "Iraq",
) -> Place:
    return Place(
        id=f"pl-{i}",
        name=name,
        lat=lat,
        lon=lon,
        kind=kind,
        precision=precision,
        role=role,
        country=country,
    )


def test_a_province_region_or_sea_is_an_area_and_a_base_or_town_a_point():
    assert (
        area_kind(_place(1, "Western Province", 33.1, 41.9, "province", "province")) == "province"
    )
    assert area_kind(_place(2, "Northern Region", 36.3, 44.4, "region", "province")) == "region"
    assert area_kind(_place(3, "Long Sea", 20.0, 38.5, "region", "country", country="")) == "sea"
    assert area_kind(_place(4, "Hill Base", 33.8, 42.4, "installation", "installation")) == ""
    assert area_kind(_place(5, "River Town", 36.2, 44.0, "city", "city")) == ""
    # an island or a valley the gazetteer places to a town's precision stays a dot
    assert area_kind(_place(6, "Small Island", 26.2, 50.6, "region", "city")) == ""
    # a village the report placed only by its province is somewhere in that province
    assert (
        area_kind(_place(7, "Some Village", 33.1, 41.9, "city", "province"))
        == "place in a province"
    )


def test_areas_come_first_so_the_dots_are_drawn_over_them():
    spec = map_spec(
        [
            _place(1, "Hill Base", 33.8, 42.4, "installation", "installation", "attack target"),
            _place(2, "Western Province", 33.1, 41.9, "province", "province", "attack target"),
            _place(3, "River Town", 33.3, 44.4, "city", "city"),
        ]
    )
    assert [p.label for p in spec.points] == ["Western Province", "River Town", "Hill Base"]
    province = spec.points[0]
    assert province.is_area and province.area == "province"
    assert province.colour == "DC2626"  # the role's colour still says it was attacked
    assert province.ring_scale > 1 and spec.points[1].ring_scale == 0
    assert "not a point" in province.detail
    assert spec.area_key == AREA_KEY


def test_a_map_of_points_only_has_no_ring_in_its_key():
    spec = map_spec(
        [
            _place(1, "Hill Base", 33.8, 42.4, "installation", "installation"),
            _place(2, "River Town", 33.3, 44.4, "city", "city"),
        ]
    )
    assert spec.area_key == "" and not any(p.is_area for p in spec.points)


def test_a_sea_is_drawn_inside_the_frame_the_others_set_and_never_stretches_it():
    coast = [
        _place(1, "Port Town", 14.8, 42.95, "city", "city", "attack target", "Yemen"),
        _place(2, "Hill Town", 15.35, 44.2, "city", "city", "mentioned", "Yemen"),
    ]
    near_sea = _place(3, "Narrow Sea", 15.0, 41.8, "region", "country", "attack target", "")
    far_sea = _place(4, "Wide Sea", 15.0, 63.0, "region", "country", "attack target", "")
    alone = map_spec(coast)
    spec = map_spec([*coast, near_sea, far_sea])
    assert spec.bounds == alone.bounds
    assert [p.label for p in spec.points if p.is_area] == ["Narrow Sea"]
    assert spec.points[0].area == "sea"
    # a sea's centre off the map is no place "too far to frame": its waters may be in view
    assert "Wide Sea" not in spec.outside


def test_a_map_of_seas_only_frames_on_the_seas():
    spec = map_spec(
        [
            _place(1, "Narrow Sea", 15.0, 41.8, "region", "country", country=""),
            _place(2, "Small Gulf", 12.5, 45.0, "region", "country", country=""),
        ]
    )
    assert {p.label for p in spec.points} == {"Narrow Sea", "Small Gulf"}
    assert all(p.area == "sea" for p in spec.points)


def test_a_country_is_still_no_marker_at_all():
    spec = map_spec(
        [
            _place(1, "River Town", 33.3, 44.4, "city", "city"),
            _place(2, "Someland", 33.0, 43.7, "country", "country"),
        ]
    )
    assert [p.label for p in spec.points] == ["River Town"]
