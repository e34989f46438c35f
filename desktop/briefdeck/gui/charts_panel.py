"""Charts of the briefing (map, timeline, figures) that follow every edit, built from the same
ChartSpecs the deck and the one-pager use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QTabWidget

from briefdeck.gui.bridge import ModelBridge
from briefdeck.gui.chart_views import FiguresView, MapView, TimelineView
from briefdeck.model.briefing import Change

UNDRAWN_FIELDS = frozenset({"note", "credibility", "marking"})


class ChartsPanel(QTabWidget):
    fact_clicked = Signal(str)  # fact id
    refreshed = Signal()
    failed = Signal(str)

    def __init__(self, bridge: ModelBridge, parent: Any = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setDocumentMode(True)
        self.map, self.timeline, self.figures = MapView(), TimelineView(), FiguresView()
        tabs = ((self.map, "Map"), (self.timeline, "Timeline"), (self.figures, "Figures"))
        for view, name in tabs:
            self.addTab(view, name)
            view.fact_clicked.connect(self.fact_clicked)
        self.drafts = QCheckBox("Show drafts")
        self.drafts.setToolTip("Chart draft facts too (exports show only accepted facts "
                               "unless nothing has been accepted yet)")
        self.drafts.setChecked(True)
        self.drafts.toggled.connect(self._schedule)
        self.setCornerWidget(self.drafts)
        self._timer = QTimer(self, singleShot=True, interval=0)  # one redraw per burst of changes
        self._timer.timeout.connect(self.refresh)
        bridge.replaced.connect(self._schedule)  # drawn after the window first paints
        bridge.changed.connect(self._on_change)

    # Slots are methods, not lambdas: Qt drops them when this panel is destroyed.
    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def _on_change(self, change: Change) -> None:
        # Notes, grades and portion marks are not drawn: typing a note never waits on a redraw.
        if change.area not in ("meta", "narrative") and change.field not in UNDRAWN_FIELDS:
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        briefing = self.bridge.briefing
        if briefing is None:
            return
        try:
            from briefdeck.charts import build_charts

            charts = build_charts(briefing, include_drafts=self.drafts.isChecked(), aspect=1.4)
        except Exception as exc:  # a chart must never take the app down with it
            self.failed.emit(f"Charts unavailable: {exc}")
            charts = _charts_without_map(briefing, self.drafts.isChecked())
        self.map.show_spec(charts.map)
        self.timeline.show_spec(charts.timeline)
        self.figures.show_spec(charts.figures)
        self.refreshed.emit()


def _charts_without_map(briefing: Any, include_drafts: bool) -> Any:
    """When the map geometry is missing, still plot the places (no borders) and the rest."""
    from briefdeck.charts import palette
    from briefdeck.charts.build import figures_spec, timeline_spec
    from briefdeck.charts.spec import ChartSet, MapPoint, MapSpec
    from briefdeck.compose.selection import select_facts

    sel = select_facts(briefing, include_drafts)
    pts = tuple(MapPoint(p.id, p.name, p.lat, p.lon, p.role,
                         palette.ROLE_COLOURS.get(p.role, "6B7280"))
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
