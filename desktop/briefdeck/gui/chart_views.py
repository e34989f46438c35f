"""pyqtgraph renderers of the ChartSpecs: the map of places, the timeline, the figures bars.
Each takes a spec (pure data from briefdeck.charts) and redraws itself; clicks name a fact."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from briefdeck.charts.map_labels import label_forms, reads_as_own
from briefdeck.charts.spec import (
    BarSpec,
    MapSpec,
    TimelineItem,
    TimelineSpec,
    label_rank,
    vague_note,
)
from briefdeck.charts.toll_labels import with_short_claimant
from briefdeck.gui.theme import colours
from briefdeck.model.tolls import in_brackets

LABEL_FONT = QFont("DejaVu Sans", 8)
AREA_FONT = QFont("DejaVu Sans", 8)  # an area's name (a province, a sea) is set in italics
AREA_FONT.setItalic(True)
COUNTRY_FONT = QFont("DejaVu Sans", 7)


def configure_pyqtgraph() -> None:
    """Options for plot widgets made from now on, in the theme's colours (views also set
    their background themselves when the theme changes)."""
    c = colours()
    pg.setConfigOptions(background=_hex(c.chart_background),
                        foreground=_hex(c.chart_foreground), antialias=True)


def _hex(hex_rgb: str) -> str:
    return "#" + hex_rgb


def _brush(hex_rgb: str) -> QBrush:
    return QBrush(QColor("#" + hex_rgb))


class ChartView(pg.PlotWidget):
    """A PlotWidget with a title, a 'nothing to show' note and a fact_clicked signal.

    Label room is worked out in pixels, so the last spec is drawn again (once the resizing
    settles) whenever the plot area changes size: labels never run off a resized view."""

    fact_clicked = Signal(str)  # fact id

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plot_item: pg.PlotItem = self.getPlotItem()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.setMinimumHeight(160)
        self.spec: Any = None
        self._drawn_size = QSizeF()
        self._relayout = QTimer(self, singleShot=True, interval=80)
        self._relayout.timeout.connect(self._redraw_if_resized)
        self.plot_item.getViewBox().sigResized.connect(self._on_resized)
        self.restyle()

    def show_spec(self, spec: Any) -> None:
        self.spec = spec
        self._drawn_size = self.plot_item.getViewBox().size()
        self._draw(spec)

    def _draw(self, spec: Any) -> None:
        raise NotImplementedError

    def _on_resized(self, *_args: object) -> None:
        if self.spec is not None:
            self._relayout.start()

    def _redraw_if_resized(self) -> None:
        size = self.plot_item.getViewBox().size()
        moved = (abs(size.width() - self._drawn_size.width()) > 4
                 or abs(size.height() - self._drawn_size.height()) > 4)
        if moved and self.spec is not None:
            self.show_spec(self.spec)

    def restyle(self) -> None:
        """Background and axes from the theme; pg.setConfigOption only reaches new widgets.
        The items themselves take the theme's colours on the next show_spec."""
        c = colours()
        self.setBackground(_hex(c.chart_background))
        for side in ("left", "bottom", "right", "top"):
            axis = self.plot_item.getAxis(side)
            axis.setPen(pg.mkPen(_hex(c.chart_foreground)))
            axis.setTextPen(pg.mkPen(_hex(c.chart_foreground)))

    def _start(self, title: str, key: tuple[tuple[str, str], ...] = (),
                ring_key: str = "") -> None:
        """Clear the plot; the title carries the colour key (and what a ring means, when the
        map draws an area), so no legend covers the data."""
        self.plot_item.clear()
        c = colours()
        html = f"<span style='font-size:10pt; color:#{c.title}'>{title}</span>"
        swatches = [f"<span style='color:#{colour}'>&#9679;</span>&nbsp;{name}"
                    for name, colour in key]
        if ring_key:
            swatches.append(f"<span style='color:#{c.label}'>&#9711;</span>&nbsp;{ring_key}")
        if swatches:
            html += (f"<br><span style='font-size:8pt; color:#{c.label}'>"
                     f"{'&nbsp;&nbsp;'.join(swatches)}</span>")
        self.plot_item.setTitle(html)
        text = self.plot_item.titleLabel.item  # centre each line, not just the block
        option = text.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.document().setDefaultTextOption(option)
        text.setTextWidth(-1)  # else the last title's width wraps this one
        text.setTextWidth(text.document().idealWidth())

    def _note(self, text: str) -> None:
        note = pg.TextItem(text, color=_hex(colours().note), anchor=(0.5, 0.5))
        self.plot_item.addItem(note)
        note.setPos(0.5, 0.5)
        self.plot_item.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)

    def _clicked(self, _item: Any, points: Any, *_: Any) -> None:
        if len(points):
            self.fact_clicked.emit(str(points[0].data()))


class MapView(ChartView):
    """Equal-aspect map: x = lon * cos(mid latitude), y = lat, so shapes are not stretched."""

    _details: dict[str, Any] = {}  # fact id -> MapPoint, replaced by each show_spec

    def _draw(self, spec: MapSpec) -> None:
        self._start(spec.title, spec.legend, spec.area_key.lower())
        self._details = {p.fact_id: p for p in spec.points}
        plot = self.plot_item
        for side in ("left", "bottom"):
            plot.hideAxis(side)
        lon_min, lat_min, lon_max, lat_max = spec.bounds
        scale = math.cos(math.radians((lat_min + lat_max) / 2))
        plot.setAspectLocked(True)
        if spec.countries:
            self._draw_countries(spec, scale)
        if spec.empty:
            plot.setAspectLocked(False)
            self._country_names(spec, scale, 1.0, [])
            self._note("No located places yet")
            return
        # An area (a province, a sea) is a faint ring beneath every dot (charts.areas).
        for p in spec.points:
            if p.is_area:
                fill = QColor("#" + p.colour)
                fill.setAlpha(36)
                ring = pg.ScatterPlotItem(
                    x=[p.lon * scale], y=[p.lat], data=[p.fact_id],
                    size=_MARKER_SIZE * p.ring_scale, brush=QBrush(fill), name=p.area,
                    pen=pg.mkPen(_hex(p.colour), width=1.6), hoverable=True, tip=self._tip)
                ring.setZValue(-1)
                ring.sigClicked.connect(self._clicked)
                plot.addItem(ring)
        # The legend lists roles most important first: drawn in reverse, targets end on top.
        for role, colour in reversed(spec.legend or (("mentioned", "6B7280"),)):
            pts = [p for p in spec.points if p.role == role and not p.is_area]
            if not pts:
                continue
            scatter = pg.ScatterPlotItem(
                x=[p.lon * scale for p in pts], y=[p.lat for p in pts],
                data=[p.fact_id for p in pts],
                size=_MARKER_SIZE, brush=_brush(colour), name=role,
                pen=pg.mkPen(_hex(colours().marker_edge), width=1.2),
                hoverable=True, tip=self._tip)
            scatter.sigClicked.connect(self._clicked)
            plot.addItem(scatter)
        plot.setRange(xRange=(lon_min * scale, lon_max * scale), yRange=(lat_min, lat_max),
                      padding=0.02)
        per_px = self._units_per_pixel((lon_max - lon_min) * scale * 1.04,
                                       (lat_max - lat_min) * 1.04)
        xy = [(p.lon * scale / per_px, -p.lat / per_px) for p in spec.points]
        frame = QRectF(lon_min * scale / per_px, -lat_max / per_px,
                       (lon_max - lon_min) * scale / per_px, (lat_max - lat_min) / per_px)
        order = sorted(range(len(spec.points)), key=lambda i: (label_rank(spec.points[i]), i))
        rings = [_MARKER_SIZE * p.ring_scale / 2 for p in spec.points]
        placed = place_map_labels(xy, [p.label for p in spec.points], frame, order, rings)
        taken = [QRectF(x - _MARKER, y - _MARKER, 2 * _MARKER, 2 * _MARKER) for x, y in xy]
        for (x, y), spot, ring in zip(xy, placed, rings, strict=True):
            if spot is not None:
                (ax, ay), text = spot
                metrics = QFontMetricsF(AREA_FONT if ring else LABEL_FONT)
                w, h = metrics.horizontalAdvance(text) + 4, metrics.height() + 2
                taken.append(QRectF(x - ax * w, y - ay * h, w, h))
        self._country_names(spec, scale, per_px, taken)
        for p, spot in zip(spec.points, placed, strict=True):
            if spot is None:
                continue
            anchor, text = spot
            label = pg.TextItem(text, color=_hex(colours().text), anchor=anchor)
            label.setFont(AREA_FONT if p.is_area else LABEL_FONT)
            label.setToolTip(p.detail)
            label.setPos(p.lon * scale, p.lat)
            plot.addItem(label)

    def _tip(self, x: float, y: float, data: Any) -> str:
        """The marker's name and details on hover (its label may be left off for room)."""
        point = self._details.get(str(data))
        return point.detail if point else ""

    def _units_per_pixel(self, x_span: float, y_span: float) -> float:
        """Data units per screen pixel of the equal-aspect view (estimated before layout)."""
        box = self.plot_item.getViewBox()
        width, height = box.width(), box.height()
        if width < 50 or height < 50:
            width, height = 380.0, 300.0
        return max(x_span / width, y_span / height, 1e-9)

    def _draw_countries(self, spec: MapSpec, scale: float) -> None:
        path = QPainterPath()
        for country in spec.countries:
            for ring in country.rings:
                if len(ring) < 3:
                    continue
                path.moveTo(ring[0][0] * scale, ring[0][1])
                for lon, lat in ring[1:]:
                    path.lineTo(lon * scale, lat)
                path.closeSubpath()
        shape = QGraphicsPathItem(path)
        c = colours()
        pen = QPen(QColor(_hex(c.border)))
        pen.setCosmetic(True)  # one pixel whatever the zoom
        pen.setWidthF(1.0)
        shape.setPen(pen)
        shape.setBrush(QBrush(QColor(_hex(c.land))))
        shape.setZValue(-10)
        self.plot_item.addItem(shape)

    def _country_names(self, spec: MapSpec, scale: float, per_px: float,
                       taken: list[QRectF]) -> None:
        """Each framed country's name at its middle, moved up or down a line (or left off)
        where a place's label or marker stands: a place name never covers a country's."""
        c = colours()
        metrics = QFontMetricsF(COUNTRY_FONT)
        lon_min, lat_min, lon_max, lat_max = spec.bounds
        for country in spec.countries:
            ring = max(country.rings, key=len, default=())
            if not ring:
                continue
            lon = sum(p[0] for p in ring) / len(ring)
            lat = sum(p[1] for p in ring) / len(ring)
            inset_x, inset_y = (lon_max - lon_min) * 0.1, (lat_max - lat_min) * 0.08
            if (lon_min + inset_x < lon < lon_max - inset_x
                    and lat_min + inset_y < lat < lat_max - inset_y):
                words = country.name.upper()
                w, h = metrics.horizontalAdvance(words) + 4, metrics.height() + 2
                x, y = lon * scale / per_px, -lat / per_px
                shift = next((dy for dy in (0.0, h, -h, 2 * h, -2 * h)
                              if not any(QRectF(x - w / 2, y + dy - h / 2, w, h).intersects(r)
                                         for r in taken)), None)
                if shift is None:
                    continue  # no free room: the borders still show the country
                name = pg.TextItem(words, color=_hex(c.country_name), anchor=(0.5, 0.5))
                name.setFont(COUNTRY_FONT)
                name.setPos(lon * scale, lat - shift * per_px)
                name.setZValue(-5)
                self.plot_item.addItem(name)


class TimelineView(ChartView):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.date_axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        self.plot_item.setAxisItems({"bottom": self.date_axis})
        self.restyle()

    def _draw(self, spec: TimelineSpec) -> None:
        key = tuple(dict.fromkeys((i.kind, i.colour) for i in spec.items))
        self._start(spec.title, key)
        plot = self.plot_item
        plot.hideAxis("left")
        if spec.empty:
            plot.hideAxis("bottom")
            self._note("No dated events yet")
            return
        plot.showAxis("bottom")
        xs = [_posix(i.mid_day) for i in spec.items]  # a month-dated event: mid-month
        box = plot.getViewBox()
        pixels = box.width() if box.width() > 50 else 380.0
        metrics = QFontMetrics(LABEL_FONT)
        room = int(pixels * 0.75) - 26  # a label may take three quarters of the width
        texts = []
        for i in spec.items:  # the event's words give way; its death toll never does
            texts.append(_timeline_label(i, metrics, room))
        widths = [metrics.horizontalAdvance(t) * 1.08 + 26 for t in texts]  # marker, gap, text
        lanes, x_min, x_max = _lanes(xs, widths, pixels)
        plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(_hex(colours().grid), width=2)))
        scatter = pg.ScatterPlotItem(
            x=xs, y=[-lane for lane in lanes], data=[i.fact_id for i in spec.items],
            # hollow where the report gave only the month or year, as on the deck and page
            brush=[pg.mkBrush(None) if i.vague else _brush(i.colour) for i in spec.items],
            size=12, pen=[pg.mkPen(_hex(i.colour), width=2) if i.vague
                          else pg.mkPen(_hex(colours().marker_edge)) for i in spec.items],
            symbol=["t1" if i.kind == "attack" else "o" for i in spec.items], hoverable=True)
        scatter.sigClicked.connect(self._clicked)
        plot.addItem(scatter)
        for item, text, x, lane in zip(spec.items, texts, xs, lanes, strict=True):
            label = pg.TextItem(text, color=_hex(colours().text), anchor=(-0.03, 0.5))
            label.setFont(LABEL_FONT)
            label.setToolTip("\n".join(x for x in (item.label, item.toll, item.detail) if x))
            label.setPos(x, -lane)
            plot.addItem(label)
        plot.setRange(xRange=(x_min, x_max), yRange=(-max(lanes) - 0.7, 0.7), padding=0)
        if note := vague_note(spec.items):
            plot.setToolTip(f"Hollow markers: {note}")


MIN_SUMMARY_PX = 90  # enough for "Attack in Erbil", never a bare "…"


def _timeline_label(item: TimelineItem, metrics: QFontMetrics, room: int) -> str:
    """What happened, then its toll in brackets. A claimant's long name ("according to
    Popular Mobilization Forces") shortens to initials before the summary would shrink to
    less than a few words (the tooltip keeps it whole)."""
    toll = f" {in_brackets(item.death_toll)}" if item.death_toll else ""
    if room - metrics.horizontalAdvance(toll) < MIN_SUMMARY_PX:
        toll = with_short_claimant(toll)
    words = metrics.elidedText(_short(item.label, 30), Qt.TextElideMode.ElideRight,
                               max(room - metrics.horizontalAdvance(toll), MIN_SUMMARY_PX))
    return words + toll


class FiguresView(ChartView):
    def _draw(self, spec: BarSpec) -> None:
        key = tuple((s.name, s.colour) for s in spec.series) if len(spec.series) > 1 else ()
        self._start(spec.title, key)
        plot = self.plot_item
        if spec.empty:
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            self._note("No figures to chart yet")
            return
        plot.showAxis("left")
        plot.showAxis("bottom")
        n = len(spec.categories)
        ys = [n - 1 - i for i in range(n)]  # first category on top
        left = [0.0] * n
        for series in spec.series:
            bars = pg.BarGraphItem(x0=left if spec.stacked else [0.0] * n, y=ys, height=0.5,
                                   width=list(series.values), brush=_brush(series.colour),
                                   pen=pg.mkPen(None), name=series.name)
            plot.addItem(bars)
            if spec.stacked:
                left = [a + b for a, b in zip(left, series.values, strict=True)]
        ticks = [(y, _short(c, 28)) for y, c in zip(ys, spec.categories, strict=True)]
        plot.getAxis("left").setTicks([ticks, []])
        plot.getAxis("bottom").setLabel(spec.unit)
        plot.showGrid(x=True, y=False, alpha=0.12)
        top = max(left) if spec.stacked else max(max(s.values) for s in spec.series)
        plot.setRange(xRange=(0, (top or 1) * 1.08), yRange=(-0.6, n - 0.4), padding=0)


_GAP = 6.0  # pixels between a marker and its label
_MARKER = 6.0  # half the marker size, in pixels
_MARKER_SIZE = 11  # a dot's diameter, in pixels (an area's ring is charts.areas' times this)


def place_labels(points: list[tuple[float, float]], labels: list[str],
                 frame: QRectF | None = None,
                 order: list[int] | None = None) -> list[tuple[float, float] | None]:
    """The TextItem anchors of place_map_labels (None for a label left off)."""
    return [spot[0] if spot else None for spot in place_map_labels(points, labels, frame, order)]


def place_map_labels(points: list[tuple[float, float]], labels: list[str],
                     frame: QRectF | None = None, order: list[int] | None = None,
                     rings: list[float] | None = None
                     ) -> list[tuple[tuple[float, float], str] | None]:
    """(TextItem anchor, text) for labels kept off each other, off the markers and inside the
    frame: for each point (pixels, y down) try right, then left, centred/above/below, never
    where the name would read as another marker's; a long name with no room may go shorter
    (charts.map_labels). Labels are placed in `order` (most important first); one with no free
    room gets None and is left off (its marker still shows the name on hover), as the deck
    does. An area's name (`rings`: its ring's radius in pixels, 0 for a dot) is set in
    italics beside its ring, so the ring shows whole, else across its middle."""
    markers = [QRectF(x - _MARKER, y - _MARKER, 2 * _MARKER, 2 * _MARKER) for x, y in points]
    placed: list[QRectF] = []
    spots: list[tuple[tuple[float, float], str] | None] = [None] * len(points)
    for i in order if order is not None else range(len(points)):
        x, y = points[i]
        ring = rings[i] if rings else 0.0
        metrics = QFontMetricsF(AREA_FONT if ring else LABEL_FONT)
        for text in label_forms(labels[i], labels):
            w, h = metrics.horizontalAdvance(text) + 4, metrics.height() + 2
            gap = max(_GAP, ring + 3)
            right, left = -gap / w, 1 + gap / w
            best, best_overlap, best_rect = None, math.inf, QRectF()
            anchors = [(right, 0.5), (right, 1.0), (right, 0.0),
                       (left, 0.5), (left, 1.0), (left, 0.0)] + ([(0.5, 0.5)] if ring else [])
            for ax, ay in anchors:
                rect = QRectF(x - ax * w, y - ay * h, w, h)
                box = (rect.left(), rect.top(), rect.right(), rect.bottom())
                if not reads_as_own(box, points[i], points, _MARKER):
                    continue
                others = placed + [m for j, m in enumerate(markers) if j != i]
                overlap = sum(_area(rect.intersected(r)) for r in others)
                if frame is not None:  # what sticks out of the view counts as overlap too
                    overlap += _area(rect) - _area(rect.intersected(frame))
                if overlap < best_overlap:
                    best, best_overlap, best_rect = (ax, ay), overlap, rect
                if overlap == 0:
                    break
            if best is not None and best_overlap <= 0.1 * w * h:  # a touch is fine, not a clash
                placed.append(best_rect)
                spots[i] = (best, text)
                break
    return spots


def _area(rect: QRectF) -> float:
    return max(rect.width(), 0.0) * max(rect.height(), 0.0)


def _posix(iso_day: str) -> float:
    return datetime.fromisoformat(iso_day).replace(tzinfo=UTC).timestamp()


def _lanes(xs: list[float], widths: list[float], pixels: float) -> tuple[list[int], float, float]:
    """Put each event on the first lane where its label does not run into the previous one.
    Label widths are in pixels (each under ~0.8 of `pixels`) and the x range (seconds) depends
    on them: a label at x needs x - x_min + (lead + width) * range / pixels <= range, so the
    range is solved for directly, then lanes are re-packed at that scale until they settle.
    Returns (lane per event, x_min, x_max)."""
    lead = 14.0  # pixels left of the first marker
    first = min(xs)
    span = (max(xs) - first) or 86400.0 * 7
    x_range = span * 1.6
    lanes: list[int] = []
    for _ in range(6):
        per_px = x_range / pixels
        ends: list[float] = []
        lanes = []
        for x, width in zip(xs, widths, strict=True):
            lane = next((n for n, end in enumerate(ends) if end < x), len(ends))
            if lane == len(ends):
                ends.append(0.0)
            ends[lane] = x + width * per_px
            lanes.append(lane)
        needed = max(
            (x - first) / max(1.0 - (lead + width) / pixels, 0.05)
            for x, width in zip(xs, widths, strict=True)
        )
        settled = abs(needed - x_range) <= 0.01 * x_range
        x_range = max(needed, span * 1.08)
        if settled:
            break
    x_min = first - lead * x_range / pixels
    return lanes, x_min, x_min + x_range


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# pyqtgraph is loaded with this module, after the window's first paint (see ChartsPanel).
configure_pyqtgraph()

__all__ = ["ChartView", "FiguresView", "MapView", "TimelineView", "configure_pyqtgraph",
           "place_labels", "place_map_labels"]
