"""The figures chart as a native PowerPoint bar chart (editable data, no picture)."""

from __future__ import annotations

from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.util import Pt

from briefdeck.charts.spec import BarSpec
from briefdeck.compose.notes import clean
from briefdeck.compose.numbers import number
from briefdeck.export.pptx.themes import Theme

TICK_SIZE = 14
LABEL_SIZE = 14


def add_bar_chart(slide: Any, spec: BarSpec, span: tuple[int, int],
                  rect: tuple[int, int, int, int], theme: Theme) -> Any:
    start, stop = span if span != (0, 0) else (0, len(spec.categories))
    data = CategoryChartData(number_format=spec.number_format)
    data.categories = [clean(c, 80) or " " for c in spec.categories[start:stop]]
    for series in spec.series:
        data.add_series(clean(series.name, 80) or "Value", series.values[start:stop])
    kind = XL_CHART_TYPE.BAR_STACKED if spec.stacked else XL_CHART_TYPE.BAR_CLUSTERED
    frame = slide.shapes.add_chart(kind, *rect, data)
    frame.name = f"Chart: {clean(spec.title, 80)}"
    chart = frame.chart
    chart.has_title = False  # else PowerPoint shows the series name as a phantom title
    chart.font.size = Pt(TICK_SIZE)
    chart.font.color.rgb = RGBColor.from_string(theme.text)
    chart.has_legend = len(spec.series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
    plot = chart.plots[0]
    plot.gap_width = 60
    if not spec.stacked:
        plot.overlap = -10
    for series, look in zip(plot.series, spec.series, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = RGBColor.from_string(look.colour)
        series.invert_if_negative = False
    plot.has_data_labels = True
    _style_labels(plot.data_labels, spec)
    for series, look in zip(plot.series, spec.series, strict=True):
        if any(look.marks[start:stop]):
            _mark_open_values(series, look.marks[start:stop], look.values[start:stop], spec)
    categories = chart.category_axis
    categories.reverse_order = True  # first category at the top, as it is read
    categories.tick_labels.font.size = Pt(TICK_SIZE)
    categories.format.line.color.rgb = RGBColor.from_string(theme.line)
    values = chart.value_axis
    # With the categories reversed, the value axis must cross at the last category to stay
    # at the bottom (python-pptx only offers this on the other axis).
    values._element.xpath("c:crosses")[0].set("val", "max")
    values.has_major_gridlines = True
    values.major_gridlines.format.line.color.rgb = RGBColor.from_string(theme.grid)
    values.major_gridlines.format.line.width = Pt(0.5)
    values.tick_labels.number_format = spec.number_format
    values.tick_labels.number_format_is_linked = False
    values.tick_labels.font.size = Pt(LABEL_SIZE)
    values.format.line.fill.background()
    if spec.unit:
        values.has_title = True
        values.axis_title.text_frame.text = clean(spec.unit, 60)
        values.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(LABEL_SIZE)
    return frame


def _mark_open_values(series: Any, marks: tuple[str, ...], values: tuple[float, ...],
                      spec: BarSpec) -> None:
    """A value the report left open labels as it reads (">40"), not as a firm 40."""
    # A point's own label gives the series labels of its own, which show nothing unless
    # told: the series' other points keep their plain numbers.
    _style_labels(series.data_labels, spec)
    series.data_labels.show_value = True
    for i, (mark, value) in enumerate(zip(marks, values, strict=False)):
        if not mark or not value:
            continue
        label = series.points[i].data_label
        label.position = _label_position(spec)
        label.text_frame.text = f"{mark}{number(value)}"
        _style_font(label.text_frame.paragraphs[0].runs[0].font, spec)


def _style_labels(labels: Any, spec: BarSpec) -> None:
    """Data labels as every bar chart shows them: zero parts of a stacked bar unlabelled
    ("0" clutter, hidden by the format), inside a stacked bar, past the end of a single one."""
    labels.number_format = _hide_zero(spec.number_format)
    labels.number_format_is_linked = False
    labels.position = _label_position(spec)
    _style_font(labels.font, spec)


def _label_position(spec: BarSpec) -> Any:
    return XL_LABEL_POSITION.CENTER if spec.stacked else XL_LABEL_POSITION.OUTSIDE_END


def _style_font(font: Any, spec: BarSpec) -> None:
    font.size = Pt(LABEL_SIZE)
    if spec.stacked:
        font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _hide_zero(number_format: str) -> str:
    # "General" (values as written, "12.5" and "8") takes no sections of its own
    if number_format == "General":
        return number_format
    return f"{number_format};-{number_format};;"
