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


def test_a_long_run_of_events_keeps_the_heaviest_on_the_timeline_and_counts_the_rest():
    from briefdeck.charts.build import TIMELINE_MAX, timeline_spec
    from briefdeck.model import Event

    events = [
        Event(id=f"ev-{i}", date=f"2020-01-{1 + i % 28:02d}", killed=i % 5, kind="attack")
        for i in range(100)
    ]
    spec = timeline_spec(events)
    assert len(spec.items) == TIMELINE_MAX and spec.omitted == 100 - TIMELINE_MAX
    # all 20 of the deadliest (4 killed) are kept, and the rest of the room goes to the next
    assert sum(i.killed == 4 for i in spec.items) == 20
    assert min(i.killed for i in spec.items) == 3
    assert [i.date for i in spec.items] == sorted(i.date for i in spec.items)


def test_place_without_coordinates_is_named_as_not_placed():
    places = [
        _place(1, "Vovchansk", 50.29, 36.94),
        Place(id="pl-2", name="Hlyboke", kind="city", precision="unknown"),
        Place(id="pl-3", name="Ukraine", kind="country", precision="country"),
    ]
    spec = map_spec(places)
    assert [p.label for p in spec.points] == ["Vovchansk"]
    assert spec.unplaced == ("Hlyboke",)


def test_deck_map_credit_names_the_places_not_placed(tmp_path):
    from pptx import Presentation

    from briefdeck.export.pptx import write_pptx
    from briefdeck.model import Briefing

    b = Briefing()
    b.insert_fact("places", _place(1, "Vovchansk", 50.29, 36.94).model_copy(
        update={"status": "accepted"}))
    b.insert_fact("places", Place(id="pl-2", name="Hlyboke", kind="city", status="accepted"))
    out = tmp_path / "deck.pptx"
    write_pptx(b, out)
    texts = [sh.text_frame.text for s in Presentation(str(out)).slides for sh in s.shapes
             if sh.has_text_frame]
    assert any("not placed (no coordinates): Hlyboke" in t for t in texts)


def test_a_vague_amount_is_no_bar_and_a_float_prints_without_noise():
    from briefdeck.charts.build import figures_spec
    from briefdeck.compose.numbers import number
    from briefdeck.model import Figure

    figures = [
        Figure(id="fg-1", value=4_099_999.9999999995, unit="USD", qualifier="about",
               text="about $4.1 million"),
        Figure(id="fg-2", value=3000, unit="USD", qualifier="about", text="a few thousand"),
        Figure(id="fg-3", value=30_000, unit="USD", text="$30,000"),
    ]
    spec = figures_spec([], figures)
    assert spec.fact_ids == ("fg-1", "fg-3")
    assert number(4_099_999.9999999995) == "4,100,000" and number(2.5) == "2.5"
    assert number(1234.567) == "1,234.57"
