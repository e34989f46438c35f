"""What the page's and the deck's charts must not hide: attack targets under grey dots, markers
under the map's legend, dates under casualty markers, names dropped or places left off without
a word, cut labels that read as whole, a month-dated event drawn as if it had a day."""

from __future__ import annotations

from pptx import Presentation
from reportlab.graphics.shapes import Circle, Group, Rect, String

from briefdeck.charts.build import map_spec
from briefdeck.charts.spec import MapPoint, MapSpec, TimelineItem, TimelineSpec
from briefdeck.export import write_pptx
from briefdeck.export.pdf import fonts
from briefdeck.export.pdf.chartdraw import timeline_drawing
from briefdeck.export.pdf.mapdraw import legend_corner, map_drawing
from briefdeck.model import Briefing, Event, Place, Source

RED, GREY = "DC2626", "6B7280"


def _walk(node, dx: float = 0.0, dy: float = 0.0):
    """Every shape with its offset in drawing coordinates (groups may be translated)."""
    for item in node.contents:
        if isinstance(item, Group):
            t = item.transform
            yield from _walk(item, dx + t[4], dy + t[5])
        else:
            yield item, dx, dy


def _map(points: list[MapPoint], **extra) -> MapSpec:
    legend = tuple(dict.fromkeys((p.role, p.colour) for p in sorted(
        points, key=lambda p: p.role != "attack target")))
    return MapSpec("Places", (35.0, 32.0, 37.0, 34.0), tuple(points), legend=legend, **extra)


def _point(i: int, lat: float, lon: float, role: str = "mentioned", name: str = "") -> MapPoint:
    return MapPoint(f"pl-{i}", name or f"Place {i}", lat, lon, role,
                    RED if role == "attack target" else GREY)


def _pdf_map(spec: MapSpec, w: float = 300, h: float = 200):
    fonts.register()
    return map_drawing(spec, w, h, fonts.REGULAR, fonts.BOLD, 6.5)


def _dots(drawing, colour: str) -> list[tuple[int, float, float]]:
    return [(n, c.cx + dx, c.cy + dy) for n, (c, dx, dy) in enumerate(_walk(drawing))
            if isinstance(c, Circle) and c.fillColor is not None
            and c.fillColor.hexval()[2:].upper() == colour and c.strokeColor is not None]


def _texts(drawing) -> list[str]:
    return [s.text for s, _, _ in _walk(drawing) if isinstance(s, String)]


# -- the map ----------------------------------------------------------------------------------
def _quneitra_places() -> list[Place]:
    rows = [("Quneitra", 33.125, 35.824, "mentioned"),
            ("Jubata al-Khashab", 33.126, 35.826, "attack target"),
            ("Khan al-Sheeh", 33.39, 36.09, "mentioned"),
            ("Khan Arnabah", 33.391, 36.091, "attack target"),
            ("Quneitra governorate", 33.125, 35.825, "mentioned")]
    return [Place(id=f"pl-{i}", name=n, lat=la, lon=lo, kind="city", role=r, status="accepted")
            for i, (n, la, lo, r) in enumerate(rows, 1)]


def test_pdf_map_draws_attack_targets_over_mentioned_places():
    drawing = _pdf_map(map_spec(_quneitra_places()))
    red, grey = _dots(drawing, RED), _dots(drawing, GREY)
    assert len(red) == 2 and len(grey) == 3
    assert min(n for n, _, _ in red) > max(n for n, _, _ in grey)


def test_deck_map_draws_attack_targets_over_mentioned_places(tmp_path):
    b = Briefing()
    b.sources.append(Source(text="Strikes near Quneitra.", outlet="Test Wire"))
    for place in _quneitra_places():
        b.insert_fact("places", place)
    write_pptx(b, tmp_path / "d.pptx")
    slide = next(s for s in Presentation(str(tmp_path / "d.pptx")).slides
                 if any(sh.name.startswith("Place: ") for sh in s.shapes))
    order = [sh.name.removeprefix("Place: ") for sh in slide.shapes
             if sh.name.startswith("Place: ")]
    roles = {p.id: p.role for p in _quneitra_places()}
    assert [roles[i] for i in order][-2:] == ["attack target", "attack target"]
    assert set(order) == set(roles)


def test_legend_takes_the_corner_with_no_dot():
    frame = (0.0, 0.0, 300.0, 200.0)
    crowded_bottom_left = [(5.0, 5.0, 10.0, 10.0), (20.0, 15.0, 25.0, 20.0)]
    box = legend_corner(60, 30, crowded_bottom_left, frame)
    assert not any(box[0] < d[2] and d[0] < box[2] and box[1] < d[3] and d[1] < box[3]
                   for d in crowded_bottom_left)


def test_pdf_map_legend_covers_no_marker():
    # dots in the bottom-left corner, where the legend used to be fixed
    points = [_point(1, 32.05, 35.05), _point(2, 32.1, 35.15, "attack target"),
              _point(3, 33.5, 36.0)]
    drawing = _pdf_map(_map(points))
    legend = next((r, dx, dy) for r, dx, dy in _walk(drawing)
                  if isinstance(r, Rect) and r.fillOpacity == 0.85)
    rect, dx, dy = legend
    x0, y0 = rect.x + dx, rect.y + dy
    for _, x, y in _dots(drawing, RED) + _dots(drawing, GREY):
        assert not (x0 - 3 < x < x0 + rect.width + 3 and y0 - 3 < y < y0 + rect.height + 3)


def test_pdf_map_says_which_places_are_too_far_and_how_many_names_found_no_room():
    # (markers on one point are set apart, so it takes a crowd for names to find no room)
    crowd = [_point(i, 33.0 + i * 0.001, 36.0, name=f"Village number {i}") for i in range(40)]
    drawing = _pdf_map(_map(crowd, outside=("London", "Washington")))
    notes = " ".join(_texts(drawing))
    assert "not shown (too far to frame): london, washington" in notes.casefold()
    labelled = [t for t in _texts(drawing) if t.startswith("Village number")]
    dropped = len(crowd) - len(labelled)
    assert dropped > 0 and f"{dropped} place names left off for room" in notes


def test_pdf_map_with_nothing_left_out_has_no_note():
    drawing = _pdf_map(_map([_point(1, 33.0, 36.0), _point(2, 32.5, 35.5)]))
    assert not any("left off" in t or "not shown" in t for t in _texts(drawing))


# -- the timeline -----------------------------------------------------------------------------
def _item(i: int, day: str, kind: str = "attack", killed: int = 0, precision: str = "day",
          label: str = "Drone strike on a depot") -> TimelineItem:
    colour = {"attack": RED, "announcement": "0F766E"}[kind]
    return TimelineItem(f"ev-{i}", day, precision, label, kind, colour, killed=killed)


def _pdf_timeline(items: list[TimelineItem]):
    fonts.register()
    return timeline_drawing(TimelineSpec("Timeline", tuple(items)), 380, 200, fonts.REGULAR,
                            fonts.BOLD, 6.5)


def test_a_heavy_casualty_marker_leaves_its_date_tick_readable():
    # 16 Nov 2026 is a Monday: a weekly tick falls under the marker
    drawing = _pdf_timeline([_item(1, "2026-11-16", killed=40), _item(2, "2026-11-18")])
    marker = next(c for c, _, _ in _walk(drawing) if isinstance(c, Circle) and c.r > 4)
    tick = next(s for s, _, _ in _walk(drawing) if isinstance(s, String) and s.text == "16 Nov")
    assert tick.y + tick.fontSize * 0.8 < marker.cy - marker.r


def test_pdf_timeline_has_a_key_to_its_kind_colours():
    texts = _texts(_pdf_timeline([_item(1, "2026-11-16"), _item(2, "2026-11-18", "announcement")]))
    assert "attack" in texts and "announcement" in texts


def test_a_cut_label_ends_with_an_ellipsis_even_beside_a_toll():
    long = "Hit a vehicle park about 150 meters from the German accommodation at the base"
    texts = _texts(_pdf_timeline([_item(1, "2026-11-26", killed=3, label=long)]))
    summary = [t for t in texts if t.startswith("Hit a vehicle")]
    assert summary and all(t == long or t.endswith("\u2026") for t in summary)
    assert "3 killed" in texts


def test_a_month_dated_event_is_hollow_and_spans_its_month():
    drawing = _pdf_timeline([_item(1, "2026-10-01", precision="month"),
                             _item(2, "2026-11-09"), _item(3, "2026-11-16")])
    hollow = [c for c, _, _ in _walk(drawing) if isinstance(c, Circle)
              and c.fillColor is not None and c.fillColor.hexval()[2:].upper() == "FFFFFF"
              and c.strokeColor is not None and c.r > 2.5]
    assert len(hollow) == 1  # the key's hollow swatch is smaller; the day events are filled
    week = [s for s, _, _ in _walk(drawing) if isinstance(s, String) and s.text in ("5 Oct",
                                                                                    "12 Oct")]
    week_w = abs(week[1].x - week[0].x)
    bands = [r for r, _, _ in _walk(drawing) if isinstance(r, Rect) and r.fillOpacity
             and r.fillOpacity < 0.5 and r.width > 3 * week_w]
    assert len(bands) == 1
    assert "dated to the month only" in _texts(drawing)


def test_deck_timeline_marks_a_month_dated_event_hollow(tmp_path):
    b = Briefing()
    b.sources.append(Source(text="Attacks through October.", outlet="Test Wire"))
    b.insert_fact("events", Event(id="ev-1", date="2026-10", date_precision="month",
                                  kind="attack", summary="Missile attacks of October",
                                  status="accepted"))
    b.insert_fact("events", Event(id="ev-2", date="2026-11-09", date_precision="day",
                                  kind="attack", summary="Tanker struck", status="accepted"))
    write_pptx(b, tmp_path / "d.pptx")
    shapes = [sh for s in Presentation(str(tmp_path / "d.pptx")).slides for sh in s.shapes]
    month = next(sh for sh in shapes if sh.name == "Event: ev-1")
    day = next(sh for sh in shapes if sh.name == "Event: ev-2")
    assert str(month.line.color.rgb) == RED and str(day.fill.fore_color.rgb) == RED
    assert str(month.fill.fore_color.rgb) != RED
    assert any(sh.has_text_frame and "dated to the month only" in sh.text_frame.text
               for sh in shapes)


def _crowd() -> list[TimelineItem]:
    """Nine light events a day apart around 6 Nov: more than the drawing has labels for."""
    return [_item(i, f"2026-11-{1 + i:02d}", label=f"Rocket attack on outpost {i}")
            for i in range(10) if i != 5]


def test_the_deadliest_event_is_labelled_when_the_lanes_run_out():
    heavy = _item(10, "2026-11-06", killed=2, label="Drone attack on the gas field")
    texts = _texts(_pdf_timeline(_crowd() + [heavy]))
    assert "Drone attack on the gas field" in texts and "2 killed" in texts
    assert sum(t.startswith("Rocket attack on outpost") for t in texts) < 9


def test_the_lead_event_claims_a_label_before_lighter_ones():
    lead = TimelineItem("ev-10", "2026-11-06", "day", "Strike on the port", "attack", RED,
                        lead=True)
    assert "Strike on the port" in _texts(_pdf_timeline(_crowd() + [lead]))
