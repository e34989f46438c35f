"""The map frames the report's theatre; a far-off dateline city does not shrink it to a dot."""

from briefdeck.charts.build import map_spec
from briefdeck.model import Place


def _place(i: int, name: str, lat: float, lon: float) -> Place:
    return Place(id=f"pl-{i}", name=name, lat=lat, lon=lon, kind="city")


def test_far_off_place_is_left_off_the_frame_and_named():
    places = [
        _place(1, "Doha", 25.29, 51.53),
        _place(2, "Riyadh", 24.71, 46.68),
        _place(3, "Kuwait City", 29.37, 47.98),
        _place(4, "Washington", 38.9, -77.04),
    ]
    spec = map_spec(places)
    assert [p.label for p in spec.points] == ["Doha", "Riyadh", "Kuwait City"]
    assert spec.outside == ("Washington",)
    lon_min, lat_min, lon_max, lat_max = spec.bounds
    assert lon_min > 30 and lon_max < 70  # the Gulf, not the world


def test_scattered_places_without_a_centre_are_all_shown():
    places = [
        _place(1, "Washington", 38.9, -77.04),
        _place(2, "Tokyo", 35.68, 139.69),
        _place(3, "Doha", 25.29, 51.53),
    ]
    spec = map_spec(places)
    assert len(spec.points) == 3 and spec.outside == ()


def test_country_centroids_are_not_markers():
    places = [
        _place(1, "Erbil", 36.19, 44.01),
        Place(id="pl-2", name="Iran", kind="country", precision="country", lat=32.6, lon=54.3),
    ]
    assert [p.label for p in map_spec(places).points] == ["Erbil"]
