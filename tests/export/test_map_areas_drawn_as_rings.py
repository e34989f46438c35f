"""The deck's map and the one-pager's draw a province, a region or a sea as a faint ring
beneath the dots, coloured by its role, its name in italics, and their keys say what the ring
means; a base or a town stays a solid dot."""

from __future__ import annotations

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu
from reportlab.graphics.shapes import Circle, Group, String

from briefdeck.charts.areas import AREA_KEY
from briefdeck.charts.spec import MapPoint, MapSpec
from briefdeck.export.pdf import fonts
from briefdeck.export.pdf.mapdraw import map_drawing

RED, GREY = "DC2626", "6B7280"


def _spec() -> MapSpec:
    points = (  # areas first, then the dots least important first, as specs list them
        MapPoint(
            "pl-1",
            "Western Province",
            33.1,
            41.9,
            "attack target",
            RED,
            priority=1,
            area="province",
        ),
        MapPoint("pl-2", "River Town", 33.3, 44.4, "mentioned", GREY, priority=2),
        MapPoint("pl-3", "Hill Base", 34.4, 43.0, "attack target", RED, priority=0),
    )
    return MapSpec(
        "Places",
        (40.0, 31.0, 46.0, 36.0),
        points,
        legend=(("attack target", RED), ("mentioned", GREY)),
    )


def _walk(node):
    for item in node.contents:
        if isinstance(item, Group):
            yield from _walk(item)
        else:
            yield item


def test_the_one_pagers_map_draws_an_area_as_a_faint_ring_under_the_dots():
    fonts.register()
    drawing = map_drawing(_spec(), 300, 200, fonts.REGULAR, fonts.BOLD)
    items = list(_walk(drawing))
    circles = [(n, c) for n, c in enumerate(items) if isinstance(c, Circle)]
    rings = [(n, c) for n, c in circles if c.fillOpacity is not None and c.fillOpacity < 1]
    dots = [
        (n, c)
        for n, c in circles
        if c.strokeColor is not None
        and c.fillColor is not None
        and (c.fillOpacity is None or c.fillOpacity == 1)
        and c.strokeColor.hexval() == "0xffffff"
    ]
    assert len(rings) == 1 and len(dots) == 2
    ((ring_at, ring),) = rings
    assert ring.strokeColor.hexval().lower() == "0x" + RED.lower()  # the role's colour
    assert ring.r > 2 * max(d.r for _, d in dots)  # sized to suggest extent
    assert ring_at < min(n for n, _ in dots)  # drawn beneath every dot
    labels = {s.text: s.fontName for s in items if isinstance(s, String)}
    assert labels["Western Province"] == fonts.BOLD_ITALIC
    assert labels["Hill Base"] == fonts.BOLD
    assert AREA_KEY in labels  # the key says what the ring means


def test_the_one_pagers_key_has_no_ring_line_when_every_place_is_a_point():
    fonts.register()
    spec = _spec()
    points_only = MapSpec(spec.title, spec.bounds, spec.points[1:], legend=spec.legend)
    texts = [
        s.text
        for s in _walk(map_drawing(points_only, 300, 200, fonts.REGULAR, fonts.BOLD))
        if isinstance(s, String)
    ]
    assert AREA_KEY not in texts


def test_the_decks_map_draws_an_area_as_a_faint_ring_under_the_dots_with_an_italic_name():
    from briefdeck.export.pptx.map import MARKER, add_map
    from briefdeck.export.pptx.themes import get_theme

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    add_map(
        slide, _spec(), (Emu(457200), Emu(457200), Emu(7315200), Emu(3657600)), get_theme("staff")
    )
    names = [sh.name for sh in slide.shapes]
    ring = next(sh for sh in slide.shapes if sh.name == "Area: pl-1")
    assert "Place: pl-1" not in names  # no dot for the area
    assert names.index("Area: pl-1") < min(names.index("Place: pl-2"), names.index("Place: pl-3"))
    assert ring.width > 2 * MARKER
    assert str(ring.line.color.rgb) == RED
    alpha = ring._element.spPr.find(qn("a:solidFill"))[0].find(qn("a:alpha"))
    assert alpha is not None and int(alpha.get("val")) < 50000  # a faint fill
    label = next(sh for sh in slide.shapes if sh.name == "Label: pl-1")
    assert all(r.font.italic for p in label.text_frame.paragraphs for r in p.runs)
    dot_label = next(sh for sh in slide.shapes if sh.name == "Label: pl-3")
    assert not any(r.font.italic for p in dot_label.text_frame.paragraphs for r in p.runs)
    key = next(sh for sh in slide.shapes if sh.name == f"Legend text: {AREA_KEY}")
    assert key.text_frame.text == AREA_KEY
