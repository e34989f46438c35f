"""Briefing -> ChartSpec. No Qt."""

from briefdeck.charts.build import build_charts
from briefdeck.charts.spec import BarSpec, ChartSet, MapSpec, TimelineSpec

__all__ = ["BarSpec", "ChartSet", "MapSpec", "TimelineSpec", "build_charts"]
