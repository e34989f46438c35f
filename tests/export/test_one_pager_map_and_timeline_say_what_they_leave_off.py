"""The one-pager's timeline says which days' markers carry no label (several events of one
day under one marker), and its map row grows until the names fit before key facts take room."""

from briefdeck.charts.spec import TimelineItem
from briefdeck.export.pdf.chartdraw import unlabelled_note


def _item(fact_id: str, day: str) -> TimelineItem:
    return TimelineItem(
        fact_id=fact_id, date=day, precision="day", label="Strike", kind="strike", colour="B91C1C"
    )


def test_a_day_whose_events_have_no_label_is_named_with_their_count():
    items = [
        _item("e1", "2026-12-01"),
        _item("e2", "2026-12-02"),
        _item("e3", "2026-12-02"),
        _item("e4", "2026-12-02"),
    ]
    assert unlabelled_note(items[1:], items) == "No room to label: 2 Dec 2026 (3 events)"
    assert unlabelled_note(items[2:], items) == "No room to label: 2 Dec 2026 (2 more events)"


def test_a_smaller_map_leaves_no_fewer_names_off():
    from briefdeck.charts.spec import MapPoint, MapSpec
    from briefdeck.export.pdf import fonts
    from briefdeck.export.pdf.mapdraw import names_left_off

    fonts.register()
    points = tuple(
        MapPoint(
            fact_id=f"p{i}",
            label=f"Somewhere Long Named {i}",
            lon=44.0 + 0.05 * i,
            lat=33.0 + 0.04 * i,
            role="attack target",
            colour="B91C1C",
        )
        for i in range(6)
    )
    spec = MapSpec("Places", (43.0, 32.0, 46.0, 34.4), points)
    small = names_left_off(spec, 120, 96, fonts.REGULAR, fonts.BOLD)
    big = names_left_off(spec, 270, 216, fonts.REGULAR, fonts.BOLD)
    assert small > 0 and big <= small
