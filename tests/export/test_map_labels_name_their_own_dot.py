"""A map's names must name the right dot: the attacked base keeps its name (shortened if it
must be) over a town named in passing, and no name sits nearer another dot than its own, in
the one-pager's map, the deck's and the app's (one rule, charts.map_labels)."""

from __future__ import annotations

from math import hypot

from pptx import Presentation
from pptx.util import Emu
from reportlab.graphics.shapes import Circle, Group, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefdeck.charts.map_labels import label_forms, reads_as_own
from briefdeck.charts.spec import MapPoint, MapSpec
from briefdeck.export.pdf import fonts
from briefdeck.export.pdf.mapdraw import map_drawing

RED, BLUE, GREY = "DC2626", "2563EB", "6B7280"
SIZE = 6.5


def _walk(node, dx: float = 0.0, dy: float = 0.0):
    for item in node.contents:
        if isinstance(item, Group):
            yield from _walk(item, dx + item.transform[4], dy + item.transform[5])
        else:
            yield item, dx, dy


def _crowded_spec() -> MapSpec:
    """A wide frame (a far venue once stretched it) squashing an attacked base, a town a few
    km off, another target and a handful of mentioned towns into a corner of a small map."""
    rows = [  # least important first, as specs list them
        ("pl-1", "Hamrat al-Wadi", 33.87, 42.55, "mentioned", GREY, 131),
        ("pl-2", "Dar Salam", 33.34, 44.40, "mentioned", GREY, 131),
        ("pl-3", "Qasr Nur", 36.19, 44.01, "mentioned", GREY, 131),
        ("pl-4", "Tall Amir", 32.86, 44.17, "mentioned", GREY, 131),
        ("pl-5", "Far Venue", 39.92, 32.85, "mentioned", GREY, 131),
        ("pl-6", "Qasr Nur airport", 36.24, 43.96, "reinforcement", BLUE, 110),
        ("pl-7", "Wadi Falcon air base", 33.79, 42.44, "attack target", RED, 0),
        ("pl-8", "Bir Tal", 34.38, 41.09, "attack target", RED, 100),
    ]
    points = tuple(MapPoint(i, n, la, lo, r, c, priority=p) for i, n, la, lo, r, c, p in rows)
    legend = (("attack target", RED), ("reinforcement", BLUE), ("mentioned", GREY))
    return MapSpec("Places", (31.12, 31.56, 46.13, 41.22), points, legend=legend)


def _labels_and_dots(drawing, spec: MapSpec):
    dots = [(c.cx + dx, c.cy + dy) for c, dx, dy in _walk(drawing)
            if isinstance(c, Circle) and c.strokeColor is not None]
    assert len(dots) == len(spec.points)  # (legend swatches have no stroke)
    names = {p.label: n for n, p in enumerate(spec.points)}
    for p in spec.points:
        for short in label_forms(p.label, [o.label for o in spec.points if o is not p])[1:]:
            names[short] = names[p.label]
    labels = []
    for s, dx, dy in _walk(drawing):
        if isinstance(s, String) and s.text in names:
            w = stringWidth(s.text, fonts.BOLD, SIZE)
            x0 = s.x + dx - {"start": 0, "end": w, "middle": w / 2}[s.textAnchor]
            labels.append((s.text, names[s.text], (x0, s.y + dy, x0 + w, s.y + dy + SIZE * 0.7)))
    return labels, dots


def _distance(box, dot) -> float:
    dx = max(box[0] - dot[0], dot[0] - box[2], 0.0)
    dy = max(box[1] - dot[1], dot[1] - box[3], 0.0)
    return hypot(dx, dy)


def test_the_attacked_base_keeps_its_name_over_a_town_named_in_passing_beside_it():
    fonts.register()
    spec = _crowded_spec()
    labels, _ = _labels_and_dots(map_drawing(spec, 150, 120, fonts.REGULAR, fonts.BOLD, SIZE),
                                 spec)
    assert {text for text, _, _ in labels} & {"Wadi Falcon air base", "Wadi Falcon"}


def test_no_name_on_the_one_pagers_map_sits_nearer_another_dot_than_its_own():
    fonts.register()
    spec = _crowded_spec()
    for w, h in ((150, 120), (230, 180), (320, 240)):
        labels, dots = _labels_and_dots(
            map_drawing(spec, w, h, fonts.REGULAR, fonts.BOLD, SIZE), spec)
        assert labels
        for text, own, box in labels:
            nearest = min(range(len(dots)), key=lambda n: _distance(box, dots[n]))
            assert nearest == own, (w, text, spec.points[nearest].label)


def test_a_long_facility_name_may_go_short_unless_another_dot_bears_the_short_name():
    assert label_forms("Wadi Falcon air base", ["Hamrat al-Wadi"]) == [
        "Wadi Falcon air base", "Wadi Falcon"]
    assert label_forms("Qasr Nur airport", ["Qasr Nur"]) == ["Qasr Nur airport"]
    assert label_forms("Hamrat al-Wadi", []) == ["Hamrat al-Wadi"]


def test_a_spot_nearer_a_neighbours_dot_reads_as_the_neighbours():
    box = (0.0, 0.0, 30.0, 6.0)  # a name to the left of two dots
    assert not reads_as_own(box, (45.0, 3.0), [(45.0, 3.0), (34.0, 3.0)], 3.0)
    assert reads_as_own(box, (34.0, 3.0), [(45.0, 3.0), (34.0, 3.0)], 3.0)


def test_the_decks_map_names_no_dot_with_a_neighbours_name(tmp_path):
    from briefdeck.export.pptx.map import add_map
    from briefdeck.export.pptx.themes import get_theme

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    spec = _crowded_spec()
    add_map(slide, spec, (Emu(457200), Emu(457200), Emu(5486400), Emu(2743200)),
            get_theme("staff"))
    dots = {sh.name.removeprefix("Place: "): (sh.left + sh.width / 2, sh.top + sh.height / 2)
            for sh in slide.shapes if sh.name.startswith("Place: ")}
    labels = [sh for sh in slide.shapes if sh.name.startswith("Label: ")]
    assert any(sh.name == "Label: pl-7" for sh in labels)  # the attacked base is named
    for sh in labels:
        box = (sh.left, sh.top, sh.left + sh.width, sh.top + sh.height)
        nearest = min(dots, key=lambda k: _distance(box, dots[k]))
        assert sh.name == f"Label: {nearest}"
