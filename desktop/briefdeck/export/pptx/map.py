"""The map of places as native, editable vector shapes: country borders as freeforms (one
per country, clipped to the map frame), places as markers coloured by role with labels that
avoid each other (a province, region or sea as a faint ring beneath the dots, its name in
italics), and a legend of the roles shown and of the ring."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from briefdeck.charts.map_labels import label_forms, reads_as_own
from briefdeck.charts.spec import MapSpec, label_rank
from briefdeck.compose import fit
from briefdeck.compose.fit import TextStyle
from briefdeck.compose.notes import clean
from briefdeck.export.marker_spread import spread
from briefdeck.export.pptx.frame import EMU_PER_PT, INSET_X, INSET_Y
from briefdeck.export.pptx.text import add_textbox
from briefdeck.export.pptx.themes import Theme

Rect = tuple[int, int, int, int]
Point = tuple[float, float]
LEGEND_W = int(Inches(2.4))
CREDIT_H = int(Inches(0.26))
GAP = int(Inches(0.2))
MARKER = int(Inches(0.2))
LABEL_SIZE = 12.0
COUNTRY_SIZE = 12.0
LABEL_MAX_W = int(Inches(2.6))
DETAIL = int(Inches(0.03))  # vertices closer than this are dropped: invisible, just weight
CREDIT = "Borders: Natural Earth (public domain); places as reported, positions approximate"


def map_rect(content: Rect) -> Rect:
    """The map frame inside the content area: the legend takes the right side."""
    left, top, width, height = content
    return left, top, width - LEGEND_W - GAP, height - CREDIT_H


def add_map(slide: Any, spec: MapSpec, content: Rect, theme: Theme) -> None:
    from briefdeck.geo.borders import project

    frame = map_rect(content)
    left, top, width, height = frame
    shapes = slide.shapes
    sea = shapes.add_shape(MSO_SHAPE.RECTANGLE, *frame)
    sea.name = "Map frame"
    _fill(sea, theme.sea)
    sea.line.color.rgb = RGBColor.from_string(theme.border)
    sea.shadow.inherit = False

    def to_slide(lon: float, lat: float) -> Point:
        x, y = project(lon, lat, spec.bounds, width, height)
        return left + x, top + y

    # (two places a few km apart would hide one another: each marker is shown whole; an
    # area's ring stays on its centre, as it hides nothing)
    places = [to_slide(p.lon, p.lat) for p in spec.points]
    spots = [i for i, p in enumerate(spec.points) if not p.is_area]
    for i, xy in zip(spots, spread([places[i] for i in spots], MARKER * 1.15,
                                   (left, top, left + width, top + height)), strict=True):
        places[i] = xy
    named: list[tuple[str, list[Point]]] = []
    if spec.countries:
        borders = shapes.add_group_shape()
        borders.name = "Map: country borders"
        for country in spec.countries:
            rings = [_simplify(_clip([to_slide(*pt) for pt in ring], frame))
                     for ring in country.rings]
            rings = [r for r in rings if len(r) >= 3]
            if not rings:
                continue
            home = sum(_inside(p, r) for p in places for r in rings) > 0
            named.append((country.name, max(rings, key=lambda r: abs(_area(r)))))
            _freeform(borders.shapes, rings, f"Country: {clean(country.name, 80)}",
                      theme.land_home if home else theme.land, theme.border)
    taken: list[Rect] = [(int(x) - MARKER // 2, int(y) - MARKER // 2, MARKER, MARKER)
                         for x, y in places]
    # In the spec's order: areas first, beneath the dots; then the least important first, so
    # attack targets end up on top. (A ring claims only its centre from the labels: it is
    # faint, and a name may cross it.)
    for point, (x, y) in zip(spec.points, places, strict=True):
        if point.is_area:
            _ring(shapes, point.fact_id, point.colour, x, y, int(MARKER * point.ring_scale))
    for point, (x, y) in zip(spec.points, places, strict=True):
        if point.is_area:
            continue
        dot = shapes.add_shape(MSO_SHAPE.OVAL, int(x) - MARKER // 2, int(y) - MARKER // 2,
                               MARKER, MARKER)
        dot.name = f"Place: {point.fact_id}"
        _fill(dot, point.colour)
        dot.line.color.rgb = RGBColor.from_string(theme.label_halo)
        dot.line.width = Pt(1.25)
        dot.shadow.inherit = False
    # Labels by importance (the lead event's places first; then attacked, reinforced, left,
    # mentioned); one with no free room is left out rather than drawn over another: the notes
    # list every place.
    # A long name with no room may go shorter; no spot where it would read as another dot's.
    order = sorted(range(len(places)), key=lambda i: (label_rank(spec.points[i]), i))
    names = [p.label for p in spec.points]
    unlabelled = sum(
        not any(_label(shapes, text, spec.points[i].fact_id, places[i], frame, taken, theme,
                       places, int(MARKER * spec.points[i].ring_scale) // 2)
                for text in label_forms(names[i], names))
        for i in order
    )
    for name, ring in named:
        _country_name(shapes, name, ring, frame, taken, theme)
    _legend(shapes, spec, content, theme)
    names = "place name" if unlabelled == 1 else "place names"
    credit = CREDIT + (f"; {unlabelled} {names} left off for room (listed in the notes)"
                       if unlabelled else "")
    if spec.outside:  # far-off places would shrink the theatre to a dot: say who is missing
        credit += f"; not shown (too far to frame): {', '.join(spec.outside[:4])}"
        credit += " …" if len(spec.outside) > 4 else ""
    if spec.unplaced:  # named in the report, but no point known
        credit += f"; not placed (no coordinates): {', '.join(spec.unplaced[:4])}"
        credit += " …" if len(spec.unplaced) > 4 else ""
    add_textbox(shapes, (left, top + height, width, CREDIT_H), [credit], 9,
                name="Map credit", colour=theme.muted)


def _fill(shape: Any, colour: str, alpha: int = 100) -> None:
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(colour)
    if alpha < 100:  # (python-pptx has no API for a fill's transparency: the XML has)
        colour_element = shape._element.spPr.find(qn("a:solidFill"))[0]
        etree.SubElement(colour_element, qn("a:alpha"), val=str(alpha * 1000))


def _ring(shapes: Any, fact_id: str, colour: str, x: float, y: float, size: int) -> None:
    """An area's mark (charts.areas): a faint disc in its role's colour with a ring round it,
    sized to suggest extent rather than a point."""
    ring = shapes.add_shape(MSO_SHAPE.OVAL, int(x) - size // 2, int(y) - size // 2, size, size)
    ring.name = f"Area: {fact_id}"
    _fill(ring, colour, alpha=15)
    ring.line.color.rgb = RGBColor.from_string(colour)
    ring.line.width = Pt(1.75)
    ring.shadow.inherit = False


def _freeform(shapes: Any, rings: list[list[Point]], name: str, fill: str, line: str) -> None:
    """One freeform shape with a closed path per ring. Written directly: python-pptx's
    FreeformBuilder rescans every vertex for each one it adds (quadratic in the border)."""
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    x0, y0 = int(min(xs)), int(min(ys))
    cx, cy = max(1, int(max(xs)) - x0), max(1, int(max(ys)) - y0)
    sp = shapes._spTree.add_freeform_sp(x0, y0, cx, cy)
    path = sp.add_path(w=cx, h=cy)
    for ring in rings:
        for n, (x, y) in enumerate(ring):
            step = etree.SubElement(path, qn("a:moveTo" if n == 0 else "a:lnTo"))
            etree.SubElement(step, qn("a:pt"), x=str(int(x) - x0), y=str(int(y) - y0))
        etree.SubElement(path, qn("a:close"))
    if hasattr(shapes, "_recalculate_extents"):
        shapes._recalculate_extents()  # a group grows to hold its new member
    shape = shapes._shape_factory(sp)
    shape.name = name
    _fill(shape, fill)
    shape.line.color.rgb = RGBColor.from_string(line)
    shape.line.width = Pt(0.75)
    shape.shadow.inherit = False


def _clip(ring: Sequence[Point], rect: Rect) -> list[Point]:
    """Sutherland-Hodgman against the map frame, so no border leaves it."""
    x0, y0 = rect[0], rect[1]
    x1, y1 = rect[0] + rect[2], rect[1] + rect[3]
    out = list(ring)
    for axis, bound, keep_low in ((0, x0, False), (0, x1, True), (1, y0, False), (1, y1, True)):
        if not out:
            break
        src, out = out, []
        prev = src[-1]
        for cur in src:
            cur_in = cur[axis] <= bound if keep_low else cur[axis] >= bound
            prev_in = prev[axis] <= bound if keep_low else prev[axis] >= bound
            if cur_in != prev_in:
                t = (bound - prev[axis]) / (cur[axis] - prev[axis])
                cross = (prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1]))
                out.append((bound, cross[1]) if axis == 0 else (cross[0], bound))
            if cur_in:
                out.append(cur)
            prev = cur
    return out


def _simplify(ring: list[Point]) -> list[Point]:
    if not ring:
        return ring
    kept = [(round(ring[0][0]), round(ring[0][1]))]
    for x, y in ring[1:]:
        lx, ly = kept[-1]
        if abs(x - lx) >= DETAIL or abs(y - ly) >= DETAIL:
            kept.append((round(x), round(y)))
    return kept


def _inside(point: Point, ring: list[Point]) -> bool:
    x, y = point
    hit = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / ((yj - yi) or 1e-9) + xi:
            hit = not hit
        j = i
    return hit


def _area(ring: list[Point]) -> float:
    pairs = zip(ring, ring[1:] + ring[:1], strict=True)
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs) / 2


def _centroid(ring: list[Point]) -> Point:
    area = _area(ring)
    if abs(area) < 1:
        return ring[0]
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        cx, cy = cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


def _country_name(shapes: Any, name: str, ring: list[Point], frame: Rect, taken: list[Rect],
                  theme: Theme) -> None:
    """The country's name at the middle of its visible part, when there is room for it."""
    if abs(_area(ring)) < 0.04 * frame[2] * frame[3]:
        return
    words = clean(name, 40).upper()
    w = int(fit.text_width(words, COUNTRY_SIZE, True) * EMU_PER_PT / fit.WIDTH_SLACK) + 2 * INSET_X
    h = int(COUNTRY_SIZE * 1.2 * EMU_PER_PT) + 2 * INSET_Y
    cx, cy = _centroid(ring)
    for dy in (0, h, -h, 2 * h, -2 * h):
        rect = (int(cx - w / 2), int(cy - h / 2 + dy), w, h)
        inside = (rect[0] >= frame[0] and rect[1] >= frame[1] and rect[0] + w <= frame[0] + frame[2]
                  and rect[1] + h <= frame[1] + frame[3])
        if inside and _inside((cx, cy + dy), ring) and not any(_overlaps(rect, t) for t in taken):
            taken.append(rect)
            add_textbox(shapes, rect, [words], COUNTRY_SIZE, name=f"Country name: {words}",
                        bold=True, colour=theme.border, anchor=MSO_ANCHOR.MIDDLE)
            return


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _label(shapes: Any, text: str, fact_id: str, at: Point, frame: Rect, taken: list[Rect],
           theme: Theme, dots: list[Point], ring: int = 0) -> bool:
    """A place's name beside its dot; an area's (`ring`: its ring's radius) in italics,
    beside its ring so the ring shows whole, else across its middle."""
    style = TextStyle(LABEL_SIZE)
    room = (LABEL_MAX_W - 2 * INSET_X) / EMU_PER_PT
    words = fit.truncate(clean(text, 200), room, style, 1)
    w = min(LABEL_MAX_W, int(fit.text_width(words, LABEL_SIZE) * EMU_PER_PT / fit.WIDTH_SLACK)
            + 2 * INSET_X + 1)
    h = int(LABEL_SIZE * 1.2 * EMU_PER_PT) + 2 * INSET_Y
    x, y = int(at[0]), int(at[1])
    near = max(MARKER // 2, ring) + int(Inches(0.04))
    # beside the dot, then a little further out, clear of a cluster of dots (as the page's
    # map does): the main target among its neighbours keeps its name
    candidates = [c for pad in (near, near + 2 * MARKER) for c in (
        (x + pad, y - h // 2), (x - pad - w, y - h // 2), (x - w // 2, y - pad - h),
        (x - w // 2, y + pad), (x + pad, y - h), (x + pad, y), (x - pad - w, y - h),
        (x - pad - w, y))]
    if ring:
        candidates.append((x - w // 2, y - h // 2))
    fx0, fy0, fx1, fy1 = frame[0], frame[1], frame[0] + frame[2], frame[1] + frame[3]

    def placed(c: tuple[int, int]) -> Rect:  # kept inside the frame
        return (min(max(c[0], fx0), fx1 - w), min(max(c[1], fy0), fy1 - h), w, h)

    # (an area's name may cross its own centre, never a dot that stands on it)
    others = _without_once(taken, (x - MARKER // 2, y - MARKER // 2, MARKER, MARKER)) \
        if ring else taken
    inside = [placed(c) for c in candidates]
    free = [r for r in inside if not any(_overlaps(r, t) for t in others)
            and reads_as_own((r[0], r[1], r[0] + r[2], r[1] + r[3]), at, dots, MARKER / 2)]
    if not free:
        return False
    rect = free[0]
    taken.append(rect)
    box = add_textbox(shapes, rect, [words], LABEL_SIZE, name=f"Label: {fact_id}",
                      colour=theme.text, anchor=MSO_ANCHOR.MIDDLE, fill=theme.label_halo)
    box.text_frame.word_wrap = False
    if ring:
        for paragraph in box.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.italic = True
    return True


def _without_once(boxes: list[Rect], box: Rect) -> list[Rect]:
    """The boxes less one copy of `box`."""
    rest = list(boxes)
    if box in rest:
        rest.remove(box)
    return rest


def _legend(shapes: Any, spec: MapSpec, content: Rect, theme: Theme) -> None:
    left = content[0] + content[2] - LEGEND_W
    top = content[1]
    row = int(Inches(0.4))
    add_textbox(shapes, (left, top, LEGEND_W, row), ["Key"], 14, name="Legend title",
                bold=True, colour=theme.text, anchor=MSO_ANCHOR.MIDDLE)
    rows = [(role, colour, False) for role, colour in spec.legend]
    if spec.area_key:  # what the ring means, after the roles' colours
        rows.append((spec.area_key, theme.muted, True))
    for n, (role, colour, ring) in enumerate(rows, 1):
        y = top + n * row
        dot = shapes.add_shape(MSO_SHAPE.OVAL, left + int(Inches(0.1)), y + (row - MARKER) // 2,
                               MARKER, MARKER)
        dot.name = f"Legend: {role}"
        if ring:
            dot.fill.background()
            dot.line.color.rgb = RGBColor.from_string(colour)
            dot.line.width = Pt(1.75)
        else:
            _fill(dot, colour)
            dot.line.fill.background()
        dot.shadow.inherit = False
        add_textbox(shapes, (left + int(Inches(0.4)), y, LEGEND_W - int(Inches(0.4)), row),
                    [role[:1].upper() + role[1:]], 14, name=f"Legend text: {role}",
                    colour=theme.text, anchor=MSO_ANCHOR.MIDDLE)
