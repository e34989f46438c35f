"""Charts of the briefing (map, timeline, figures) that follow every edit, built from the same
ChartSpecs the deck and the one-pager use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QTabWidget, QVBoxLayout, QWidget

from briefdeck.gui.bridge import ModelBridge
from briefdeck.model.briefing import Change

if TYPE_CHECKING:  # pyqtgraph (with numpy) loads with the first chart, after the first paint
    from briefdeck.gui.chart_views import ChartView, FiguresView, MapView, TimelineView

UNDRAWN_FIELDS = frozenset({"note", "credibility", "marking"})
FIRST_DRAW_FALLBACK_MS = 200  # charts of a window that is never painted (tests, screenshots)
MAP_TITLE_PX = 56  # the map's title and colour key above its plot, before it is first laid out


VIEWS = (("map", "MapView", "Map"), ("timeline", "TimelineView", "Timeline"),
         ("figures", "FiguresView", "Figures"))


class ChartsPanel(QTabWidget):
    """One tab per chart. A chart's plot is built the first time its tab is shown, and after
    an edit only the chart in view is redrawn; the others are redrawn when their tab opens."""

    fact_clicked = Signal(str)  # fact id
    refreshed = Signal()
    failed = Signal(str)

    def __init__(self, bridge: ModelBridge, parent: Any = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setDocumentMode(True)
        self._holders: dict[str, QWidget] = {}
        self._views: dict[str, ChartView] = {}
        self._stale: set[str] = set()
        self._charts: Any = None  # the last ChartSet built
        self._painted = False
        for name, _cls, label in VIEWS:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[name] = holder
            self.addTab(holder, label)
        self.drafts = QCheckBox("Drafts")  # (short: the five tabs beside it keep their names)
        self.drafts.setToolTip("Show drafts: chart draft facts too (exports show only "
                               "accepted facts unless nothing has been accepted yet)")
        self.drafts.setChecked(True)
        self.drafts.toggled.connect(self.schedule)
        self.setCornerWidget(self.drafts)
        self._timer = QTimer(self, singleShot=True, interval=0)  # one redraw per burst of changes
        self._timer.timeout.connect(self.refresh)
        self.map_aspect = 1.4  # width / height the map was framed for: its plot's, once known
        self._map_resized = QTimer(self, singleShot=True, interval=120)
        self._map_resized.timeout.connect(self._reframe_map)
        self.currentChanged.connect(self._draw_shown)
        bridge.replaced.connect(self.schedule)  # drawn after the window first paints
        bridge.changed.connect(self._on_change)

    # -- the views, built on first use ----------------------------------------------------
    def view(self, name: str) -> ChartView:
        if name not in self._views:
            from briefdeck.gui import chart_views

            view = getattr(chart_views, next(c for n, c, _ in VIEWS if n == name))()
            view.fact_clicked.connect(self.fact_clicked)
            if name == "map":  # framed to its plot's shape, so the map fills the tab
                view.plot_item.getViewBox().sigResized.connect(self._map_resized.start)
            holder = self._holders[name]
            holder.layout().addWidget(view)
            if holder.isVisible():  # lay the new plot out now: its labels are fitted to it
                holder.layout().activate()
                view.resize(holder.size())
            self._views[name] = view
            self._stale.add(name)
        return self._views[name]

    @property
    def map(self) -> MapView:
        return self.view("map")  # type: ignore[return-value]

    @property
    def timeline(self) -> TimelineView:
        return self.view("timeline")  # type: ignore[return-value]

    @property
    def figures(self) -> FiguresView:
        return self.view("figures")  # type: ignore[return-value]

    def shown_chart(self) -> str | None:
        holder = self.currentWidget()
        return next((n for n, h in self._holders.items() if h is holder), None)

    def restyle(self) -> None:
        """New theme colours: restyle the built views; each is redrawn when next shown."""
        for view in self._views.values():
            view.restyle()
        self._stale.update(self._views)
        self.schedule()

    # Slots are methods, not lambdas: Qt drops them when this panel is destroyed.
    def schedule(self, *_args: object) -> None:
        if self._painted:
            self._timer.start(0)
        else:  # a new window paints itself first, then its charts (or soon, if never shown)
            self._timer.start(FIRST_DRAW_FALLBACK_MS)

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._timer.isActive():
                self._timer.start(0)

    def _on_change(self, change: Change) -> None:
        # Notes, grades and portion marks are not drawn: typing a note never waits on a redraw.
        if change.area not in ("meta", "narrative") and change.field not in UNDRAWN_FIELDS:
            self.schedule()

    def refresh(self) -> None:
        """Build the chart specs from the briefing and redraw the chart in view."""
        self._timer.stop()
        briefing = self.bridge.briefing
        if briefing is None:
            return
        try:
            from briefdeck.charts import build_charts

            self.map_aspect = self._map_plot_aspect()
            charts = build_charts(briefing, include_drafts=self.drafts.isChecked(),
                                  aspect=self.map_aspect)
        except Exception as exc:  # a chart must never take the app down with it
            self.failed.emit(f"Charts unavailable: {exc}")
            charts = _charts_without_map(briefing, self.drafts.isChecked())
        self._charts = charts
        self._stale = {name for name, _, _ in VIEWS}
        self._draw_shown()
        self.refreshed.emit()

    def _map_plot_aspect(self) -> float:
        """Width / height of the map's plot area (estimated from its tab before it is built),
        within reason; the last one when the map is not laid out yet."""
        view = self._views.get("map")
        if view is not None and view.isVisible():
            box = view.plot_item.getViewBox()
            width, height = box.width(), box.height()
        else:
            holder = self._holders["map"]
            width, height = holder.width(), holder.height() - MAP_TITLE_PX
        if width < 80 or height < 80:
            return self.map_aspect
        return min(max(width / height, 0.5), 3.0)

    def _reframe_map(self) -> None:
        """The map's plot changed shape: frame the places for the new shape."""
        aspect = self._map_plot_aspect()
        if abs(aspect - self.map_aspect) > 0.04 * self.map_aspect and self._charts is not None:
            self.refresh()

    def draw_all(self) -> None:
        """Every chart drawn now (screenshots and tests look at tabs not in view)."""
        if self._charts is None:
            self.refresh()
        for name, _, _ in VIEWS:
            self._draw(name)

    def _draw_shown(self, *_args: object) -> None:
        name = self.shown_chart()
        if name is not None:
            self._draw(name)

    def _draw(self, name: str) -> None:
        view = self.view(name)
        if self._charts is not None and name in self._stale:
            self._stale.discard(name)
            view.show_spec(getattr(self._charts, name))


def _charts_without_map(briefing: Any, include_drafts: bool) -> Any:
    """When the map geometry is missing, still plot the places (no borders) and the rest."""
    from briefdeck.charts import palette
    from briefdeck.charts.areas import area_kind
    from briefdeck.charts.build import figures_spec, timeline_spec
    from briefdeck.charts.spec import ChartSet, MapPoint, MapSpec
    from briefdeck.compose.selection import select_facts

    sel = select_facts(briefing, include_drafts)
    pts = tuple(MapPoint(p.id, p.name, p.lat, p.lon, p.role,
                         palette.ROLE_COLOURS.get(p.role, "6B7280"), area=area_kind(p))
                for p in sel.of("places") if p.lat is not None and p.lon is not None)
    if pts:
        lats, lons = [p.lat for p in pts], [p.lon for p in pts]
        bounds = (min(lons) - 1, min(lats) - 1, max(lons) + 1, max(lats) + 1)
    else:
        bounds = (38.0, 28.0, 50.0, 38.0)
    legend = tuple(sorted({(p.role, p.colour) for p in pts}))
    return ChartSet(MapSpec("Places in the report", bounds, pts, (), legend),
                    timeline_spec(sel.of("events")),
                    figures_spec(sel.of("events"), sel.of("figures")))
