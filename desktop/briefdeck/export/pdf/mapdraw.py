"""The one-pager's map: a reportlab vector Drawing from the shared MapSpec.

Land and borders from the spec's country rings, one dot per place coloured by role (a
province, region or sea as a faint ring beneath the dots, its name in italics), labels placed
where they do not collide, a legend of the roles shown (and of the ring) in the corner that
covers no dot, and a note under the map for what it leaves out."""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Group, Path, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import FILL_EVEN_ODD

from briefdeck.charts.map_labels import label_forms, reads_as_own
from briefdeck.charts.spec import MapSpec, label_rank
from briefdeck.export.marker_spread import spread
from briefdeck.export.pdf.chartdraw import wrap_two
from briefdeck.export.pdf.markup import clean, shorten

SEA = HexColor("#DCE7F0")
LAND = HexColor("#F6F4EE")
BORDER = HexColor("#A8A29E")
FRAME = HexColor("#9CA3AF")
INK = HexColor("#1F2937")
MUTED = HexColor("#6B7280")
COUNTRY = HexColor("#A8A29E")

Projector = Callable[[float, float], tuple[float, float]]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in drawing units (y up)


def map_drawing(spec: MapSpec, width: float, height: float, font: str, bold: str,
                size: float = 6.5) -> Drawing:
    """The map, and under it the notes the deck's map gives: names left off for room,
    places too far to frame, places with no coordinates."""
    note_size = max(5.0, size - 0.5)
    line_h = note_size + 1.5
    reserved = -1
    lines = note_lines(map_notes(spec, 0), font, note_size, width * 0.97)
    while True:
        note_h = len(lines) * line_h + (2.0 if lines else 0.0)
        # The map keeps the box's shape (its frame was chosen for it): narrower as well as
        # shorter when the note takes a strip.
        map_w = width * (height - note_h) / height
        group, unlabelled = _map_group(spec, map_w, height - note_h, font, bold, size)
        lines = note_lines(map_notes(spec, unlabelled), font, note_size, map_w)
        if len(lines) <= reserved or len(lines) * line_h + (2.0 if lines else 0.0) <= note_h:
            break
        reserved = len(lines)  # a name dropped for room: make room for saying so, once more
    d = Drawing(width, height, initialFontName=font, initialFontSize=size)
    group.translate(0, note_h)
    d.add(group)
    for i, text in enumerate(lines):
        d.add(String(0, note_h - (i + 1) * line_h + 1.5, text, fontName=font,
                     fontSize=note_size, fillColor=MUTED))
    return d


def names_left_off(spec: MapSpec, width: float, height: float, font: str, bold: str,
                   size: float = 6.5) -> int:
    """How many place names a map of this size leaves off for room (the page's layout asks,
    to give the map the room its names need before the key facts take it)."""
    if spec.empty:
        return 0
    note_size = max(5.0, size - 0.5)  # (the notes' strip under the map, as map_drawing has it)
    lines = note_lines(map_notes(spec, 0), font, note_size, width * 0.97)
    note_h = len(lines) * (note_size + 1.5) + (2.0 if lines else 0.0)
    return _map_group(spec, width * (height - note_h) / height, height - note_h, font, bold,
                      size)[1]


def map_notes(spec: MapSpec, unlabelled: int) -> list[str]:
    """What the map does not show, in the deck's words."""
    notes = []
    if unlabelled:
        notes.append(f"{unlabelled} place name{'s' if unlabelled > 1 else ''} left off for room")
    if spec.outside:  # far-off places would shrink the theatre to a dot: say who is missing
        more = " \u2026" if len(spec.outside) > 4 else ""
        notes.append(f"not shown (too far to frame): {', '.join(spec.outside[:4])}{more}")
    if spec.unplaced:
        more = " \u2026" if len(spec.unplaced) > 4 else ""
        notes.append(f"not placed (no coordinates): {', '.join(spec.unplaced[:4])}{more}")
    return notes


def note_lines(notes: list[str], font: str, size: float, width: float) -> list[str]:
    """The notes as at most two lines within `width`, the second cut with an ellipsis."""
    if not notes:
        return []
    text = clean("; ".join(notes))
    text = text[0].upper() + text[1:]
    return wrap_two(text, font, size, width)


def _map_group(spec: MapSpec, width: float, height: float, font: str, bold: str,
               size: float) -> tuple[Group, int]:
    """The framed map in a group (y from 0 to `height`), and how many names found no room."""
    d = Group()
    project = _projector(spec, width, height)
    d.add(Rect(0, 0, width, height, fillColor=SEA, strokeColor=None))
    clipped = Group()
    clip = Path(isClipPath=1, strokeColor=None, fillColor=None)
    clip.moveTo(0, 0)
    for x, y in ((width, 0), (width, height), (0, height)):
        clip.lineTo(x, y)
    clip.closePath()
    clipped.add(clip)
    clipped.add(_land(spec, project))
    d.add(clipped)

    if spec.empty:
        d.add(String(width / 2, height / 2, "No located places", fontName=font,
                     fontSize=size + 1, fillColor=MUTED, textAnchor="middle"))
    # The spec lists the areas first, then the places least important first: a province's
    # ring lies beneath its towns, and attack targets are drawn last, on top.
    radius = max(2.2, size * 0.45)
    at = [project(p.lon, p.lat) for p in spec.points]
    spots = [i for i, p in enumerate(spec.points) if not p.is_area]
    # (two places a few km apart would hide one another: each marker is shown whole; a ring
    # stays on its centre, as it hides nothing)
    for i, xy in zip(spots, spread([at[i] for i in spots], radius * 2.3,
                                   (0.0, 0.0, width, height)), strict=True):
        at[i] = xy
    dots = [(p, x, y) for p, (x, y) in zip(spec.points, at, strict=True)]
    # A ring claims only its centre from the labels (it is hollow: a name may cross it).
    taken: list[Box] = [(x - radius, y - radius, x + radius, y + radius) for _, x, y in dots]
    rings = [(x - r, y - r, x + r, y + r) for p, x, y in dots if p.is_area
             for r in (radius * p.ring_scale,)]
    for point, x, y in dots:
        if point.is_area:
            _ring(d, point.colour, x, y, radius * point.ring_scale)
    _legend(d, spec, font, size, taken, (0, 0, width, height), rings)
    for point, x, y in dots:
        if not point.is_area:
            d.add(Circle(x, y, radius, fillColor=HexColor("#" + point.colour),
                         strokeColor=white, strokeWidth=0.8))
    unlabelled = 0
    centres = [(x, y) for _, x, y in dots]
    names = [p.label for p in spec.points]
    italic = _italic(font, bold)
    for point, x, y in sorted(dots, key=lambda t: label_rank(t[0])):
        forms = [shorten(clean(text), 28) for text in
                 label_forms(point.label, names)]
        face = italic if point.is_area else bold
        ring = radius * point.ring_scale if point.is_area else 0.0
        unlabelled += not any(
            _label(d, text, x, y, radius, face, size, taken, (0, 0, width, height), centres,
                   ring)
            for text in forms)
    _country_names(d, spec, project, font, size * 0.95, taken, (0, 0, width, height))
    d.add(Rect(0, 0, width, height, fillColor=None, strokeColor=FRAME, strokeWidth=0.5))
    return d, unlabelled


def _ring(d: Group, colour: str, x: float, y: float, r: float) -> None:
    """An area's mark: a faint disc in its role's colour with a ring round it, sized to
    suggest extent (charts.areas)."""
    ink = HexColor("#" + colour)
    d.add(Circle(x, y, r, fillColor=ink, fillOpacity=0.12, strokeColor=ink,
                 strokeWidth=1.1))


def _italic(font: str, bold: str) -> str:
    """The bold italic face of the labels' family (an area's name is set in italics), else
    the bold face when the family has none registered."""
    from reportlab.lib.fonts import tt2ps

    try:
        return tt2ps(font, 1, 1)
    except (KeyError, ValueError):
        return bold


def _country_names(d: Group, spec: MapSpec, project: Projector, font: str, size: float,
                   taken: list[Box], frame: Box) -> None:
    """Each country's name in the middle of its largest visible part, where there is room."""
    for country in spec.countries:
        if not country.name or not country.rings:
            continue
        best: Box | None = None
        for ring in country.rings:
            pts = [project(lon, lat) for lon, lat in ring]
            xs = [max(frame[0], min(frame[2], p[0])) for p in pts]
            ys = [max(frame[1], min(frame[3], p[1])) for p in pts]
            box = (min(xs), min(ys), max(xs), max(ys))
            if best is None or _area(box) > _area(best):
                best = box
        text = clean(country.name).upper()
        w = stringWidth(text, font, size)
        if best is None or best[2] - best[0] < w * 1.3 or best[3] - best[1] < size * 3:
            continue
        cx, cy = (best[0] + best[2]) / 2, (best[1] + best[3]) / 2
        box = (cx - w / 2, cy - size * 0.3, cx + w / 2, cy + size * 0.9)
        if any(_overlaps(box, other) for other in taken):
            continue
        taken.append(box)
        d.add(String(cx, cy, text, fontName=font, fontSize=size, fillColor=COUNTRY,
                     textAnchor="middle"))


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _projector(spec: MapSpec, width: float, height: float) -> Projector:
    try:
        from briefdeck.geo.borders import project
    except ImportError:  # the geo layer is optional for drawing: same maths, kept here
        project = _equirectangular

    def to_drawing(lon: float, lat: float) -> tuple[float, float]:
        x, y = project(lon, lat, spec.bounds, width, height)
        return x, height - y  # the projection's y runs down, reportlab's up

    return to_drawing


def _equirectangular(lon: float, lat: float, bounds: tuple[float, float, float, float],
                     width: float, height: float) -> tuple[float, float]:
    lon_min, lat_min, lon_max, lat_max = bounds
    k = max(math.cos(math.radians((lat_min + lat_max) / 2)), 0.05)
    ground_w, ground_h = (lon_max - lon_min) * k, lat_max - lat_min
    scale = min(width / ground_w, height / ground_h)
    return ((width - ground_w * scale) / 2 + (lon - lon_min) * k * scale,
            (height - ground_h * scale) / 2 + (lat_max - lat) * scale)


def _land(spec: MapSpec, project: Projector) -> Path:
    # One path, even-odd filled: lakes and enclaves stay open, shared borders drawn once each.
    land = Path(fillColor=LAND, strokeColor=BORDER, strokeWidth=0.45, fillMode=FILL_EVEN_ODD,
                strokeLineJoin=1)
    for country in spec.countries:
        for ring in country.rings:
            if len(ring) < 3:
                continue
            x, y = project(*ring[0])
            land.moveTo(x, y)
            for lon, lat in ring[1:]:
                x, y = project(lon, lat)
                land.lineTo(x, y)
            land.closePath()
    return land


def _legend(d: Group, spec: MapSpec, font: str, size: float, taken: list[Box],
            frame: Box, rings: list[Box] | None = None) -> Box | None:
    """The roles' colours, and what a ring means when the map draws an area; in the corner
    that covers the fewest dots (and rings)."""
    if not spec.legend:
        return None
    pad, swatch, line = 3.0, size * 0.8, size + 2.5
    rows = [(role, colour, False) for role, colour in reversed(spec.legend)]
    if spec.area_key:
        rows.insert(0, (spec.area_key, "6B7280", True))  # (at the bottom: the roles above)
    width = pad * 2 + swatch + 3 + max(stringWidth(r, font, size) for r, _, _ in rows)
    height = pad * 2 + line * len(rows) - 2.5
    x0, y0, _, _ = box = legend_corner(width, height, taken + (rings or []), frame)
    d.add(Rect(x0, y0, width, height, fillColor=white, fillOpacity=0.85, strokeColor=None))
    for i, (text, colour, ring) in enumerate(rows):
        y = y0 + pad + i * line
        ink = HexColor("#" + colour)
        d.add(Circle(x0 + pad + swatch / 2, y + size * 0.35, swatch / 2,
                     fillColor=None if ring else ink, strokeColor=ink if ring else None,
                     strokeWidth=0.9))
        d.add(String(x0 + pad + swatch + 3, y, text, fontName=font, fontSize=size, fillColor=INK))
    taken.append(box)
    return box


def legend_corner(width: float, height: float, dots: list[Box], frame: Box,
                  inset: float = 2.0) -> Box:
    """The corner of `frame` where a `width` x `height` box covers the fewest dots, and of
    those the one farthest from any (bottom-left, then right, then the top, on a tie)."""
    fx0, fy0, fx1, fy1 = frame
    corners = (
        (fx0 + inset, fy0 + inset),
        (fx1 - inset - width, fy0 + inset),
        (fx1 - inset - width, fy1 - inset - height),
        (fx0 + inset, fy1 - inset - height),
    )

    def cost(corner: tuple[float, float]) -> tuple[int, float]:
        box = (corner[0], corner[1], corner[0] + width, corner[1] + height)
        covered = sum(_overlaps(box, dot) for dot in dots)
        return covered, -min((_gap(box, dot) for dot in dots), default=0.0)

    x, y = min(corners, key=cost)
    return (x, y, x + width, y + height)


def _gap(a: Box, b: Box) -> float:
    dx = max(b[0] - a[2], a[0] - b[2], 0.0)
    dy = max(b[1] - a[3], a[1] - b[3], 0.0)
    return math.hypot(dx, dy)


def _label(d: Group, text: str, x: float, y: float, r: float, font: str, size: float,
           taken: list[Box], frame: Box, dots: list[tuple[float, float]],
           ring: float = 0.0) -> bool:
    """Right, left, above or below the dot, then at its corners (as the deck's map tries),
    then the same a little further out, clear of a cluster of dots: the first spot that is
    free, inside the map and nearer its own dot than any other (or it names the wrong one).
    An area's name (`ring`: its ring's radius) goes beside its ring, so the ring shows whole,
    else across its middle, as a map names a region. False when there is none (the name is left
    off, and the map's note counts it)."""
    w, h = stringWidth(text, font, size), size * 0.95
    # (a name beside its own dot is where it belongs; an area's may cross its own centre,
    # never a dot that stands on it)
    others = list(taken)
    if (x - r, y - r, x + r, y + r) in others:
        others.remove((x - r, y - r, x + r, y + r))
    last = [(x, y - h * 0.35, "middle")] if ring else []
    spots = [spot for gap in (max(r, ring) + 2.0, max(3 * r, ring + 2 * r) + 2.0)
             for spot in (  # then clear of a cluster
        (x + gap, y - h * 0.35, "start"),
        (x - gap, y - h * 0.35, "end"),
        (x, y + gap, "middle"),
        (x, y - gap - h * 0.8, "middle"),
        (x + gap, y + h * 0.3, "start"),
        (x + gap, y - h, "start"),
        (x - gap, y + h * 0.3, "end"),
        (x - gap, y - h, "end"),
    )] + last
    for sx, sy, anchor in spots:
        x0 = sx if anchor == "start" else sx - w if anchor == "end" else sx - w / 2
        box = (x0 - 1, sy - h * 0.25, x0 + w + 1, sy + h * 0.85)
        inside = frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] and \
            box[3] <= frame[3]
        # (a name must keep clear of other dots by a little, or it reads as theirs)
        clear = (box[0] - 1.2, box[1] - 1.2, box[2] + 1.2, box[3] + 1.2)
        if inside and not any(_overlaps(clear, other) for other in others) and \
                reads_as_own(box, (x, y), dots, r):
            taken.append(box)
            # A pale backing keeps the name readable over borders.
            d.add(Rect(box[0], box[1], box[2] - box[0], box[3] - box[1], fillColor=white,
                       fillOpacity=0.7, strokeColor=None))
            d.add(String(sx, sy, text, fontName=font, fontSize=size, fillColor=INK,
                         textAnchor=anchor))
            return True
    return False


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
