"""A chart's value label prints the value as the report wrote it (12.5, never a rounded 13) in
the deck and on the page, and a ship's speeds or headings make no figures chart at all."""

from __future__ import annotations

from pptx import Presentation
from reportlab.graphics.shapes import String

from briefdeck.charts.build import figures_spec
from briefdeck.export import write_pptx
from briefdeck.export.pdf import fonts
from briefdeck.export.pdf.chartdraw import bars_drawing
from briefdeck.model import Briefing, Figure, Meta, Source
from briefdeck.model.briefing import Facts


def _figures(unit: str, *values: float) -> list[Figure]:
    return [
        Figure(id=f"fg-{n}", value=v, unit=unit, text=f"{v:g} {unit}", status="accepted")
        for n, v in enumerate(values, 1)
    ]


def test_speeds_and_headings_make_no_figures_chart():
    assert figures_spec([], _figures("knots", 12.5, 8)).empty
    assert figures_spec([], _figures("degrees", 270, 90)).empty
    assert figures_spec([], _figures("mm", 107, 122)).empty


def test_a_fraction_keeps_its_decimal_and_a_whole_number_its_separator():
    half = figures_spec([], _figures("brigades", 1.5, 3))
    assert half.number_format == "General" and half.series[0].values == (1.5, 3.0)
    whole = figures_spec([], _figures("troops", 2500, 4_099_999.9999999995))
    assert whole.number_format == "#,##0"


def test_the_page_labels_the_bar_as_written():
    fonts.register()
    spec = figures_spec([], _figures("brigades", 12.5, 8))
    drawing = bars_drawing(spec, 300, 120, fonts.REGULAR, fonts.BOLD)
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    assert "12.5" in texts and "8" in texts and "13" not in texts


def test_the_deck_labels_the_bar_as_written(tmp_path):
    b = Briefing(
        meta=Meta(title="Brigades moved"),
        sources=[Source(id="src-1", outlet="Test Wire", published="2020-03-16")],
        facts=Facts(figures=_figures("brigades", 12.5, 8)),
    )
    out = tmp_path / "deck.pptx"
    write_pptx(b, out)
    charts = [sh.chart for s in Presentation(str(out)).slides for sh in s.shapes if sh.has_chart]
    assert charts, "the figures chart is drawn"
    plot = charts[0].plots[0]
    assert list(plot.series[0].values) == [12.5, 8.0]
    assert plot.data_labels.number_format == "General"
