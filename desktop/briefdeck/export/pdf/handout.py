"""The deck as a PDF handout: the DeckOutline's slides drawn with reportlab, two to a page.

The slides come from the same outline the .pptx writer draws (compose.deck), so the words,
marks, sizes and slide breaks are the deck's; only the drawing differs. Each slide is drawn
at its own 16:9 size (960 x 540 pt) and scaled onto the page."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from briefdeck.charts import ChartSet, build_charts
from briefdeck.charts.spec import BarSpec, Series, TimelineSpec
from briefdeck.compose.deck import DeckGeometry, DeckOutline, SlideOutline, compose_deck
from briefdeck.compose.selection import select_facts
from briefdeck.errors import BriefdeckError, ExportError
from briefdeck.export.report import ExportReport
from briefdeck.files import atomic_write
from briefdeck.model.briefing import Briefing
from briefdeck.model.marking import BANNER_COLOURS, LEVELS, mark_of

SLIDE_W, SLIDE_H = 960.0, 540.0
PER_PAGE = 2
STRIP = 16.0  # the slide's own banner strips, top and bottom


def write_handout(briefing: Briefing, path: str | Path, *, paper: str = "letter",
                  include_drafts: bool = False) -> ExportReport:
    data, report = render_handout(briefing, paper=paper, include_drafts=include_drafts)
    try:
        report.path = atomic_write(path, data)
    except BriefdeckError as exc:
        raise ExportError(str(exc)) from None
    return report


def render_handout(briefing: Briefing, *, paper: str = "letter",
                   include_drafts: bool = False) -> tuple[bytes, ExportReport]:
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfgen.canvas import Canvas

    from briefdeck.export.pdf import fonts, writer

    key = paper.strip().lower()
    if key not in writer.PAPERS:
        raise ExportError(f"unknown paper size {paper!r}; use letter or a4")
    page_w, page_h = LETTER if key == "letter" else A4
    fonts.register()
    geometry = DeckGeometry()
    selection = select_facts(briefing, include_drafts)
    charts = build_charts(briefing, include_drafts, selection=selection,
                          aspect=geometry.body.width / geometry.body.height)
    deck = compose_deck(briefing, selection, charts, geometry)

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(page_w, page_h), invariant=1, pageCompression=1,
                    initialFontName=fonts.REGULAR, initialFontSize=8)
    canvas.setTitle(deck.title + " (handout)")
    canvas.setAuthor(deck.author)
    canvas.setSubject(deck.subject)
    canvas.setCreator(f"briefdeck {writer.VERSION}")
    canvas.setKeywords(deck.keywords)
    when = writer._as_of(deck.created)
    if when is not None:
        canvas._doc._timeStamp = writer._Stamp(when)

    page_banner = LEVELS[deck.marking] + (" // DRAFT" if deck.draft else "")
    slide_w = page_w - 2 * writer.MARGIN_X
    scale = slide_w / SLIDE_W
    gap = 24.0
    room_top = page_h - writer.BANNER_EDGE - writer.BANNER_H
    room = room_top - (writer.BANNER_EDGE + writer.BANNER_H + 12)
    top = room_top - max(8.0, (room - PER_PAGE * SLIDE_H * scale - gap) / 2)
    pages = (len(deck.slides) + PER_PAGE - 1) // PER_PAGE
    for page in range(pages):
        _page_banners(canvas, deck.marking, page_banner, (page_w, page_h))
        for slot in range(PER_PAGE):
            number = page * PER_PAGE + slot
            if number >= len(deck.slides):
                break
            y = top - (slot + 1) * SLIDE_H * scale - slot * gap
            canvas.saveState()
            canvas.translate(writer.MARGIN_X, y)
            canvas.scale(scale, scale)
            _slide(canvas, deck, deck.slides[number], number + 1, charts)
            canvas.restoreState()
        canvas.setFont(fonts.REGULAR, 7)
        canvas.setFillColorRGB(0.3, 0.3, 0.3)
        canvas.drawRightString(page_w - writer.MARGIN_X, writer.BANNER_EDGE + writer.BANNER_H + 4,
                               f"Handout page {page + 1} of {pages}")
        canvas.showPage()
    canvas.save()
    report = ExportReport(path=Path(), pages=pages, draft=deck.draft, warnings=list(deck.warnings))
    return buf.getvalue(), report


def _page_banners(canvas: Any, mark: str, text: str, size: tuple[float, float]) -> None:
    from briefdeck.export.pdf import writer
    from briefdeck.export.pdf.fonts import BOLD

    page_w, page_h = size
    back, ink = BANNER_COLOURS[mark_of(mark)]
    for y in (page_h - writer.BANNER_EDGE - writer.BANNER_H, writer.BANNER_EDGE):
        canvas.setFillColor(_colour(back))
        canvas.rect(writer.MARGIN_X, y, page_w - 2 * writer.MARGIN_X, writer.BANNER_H,
                    stroke=0, fill=1)
        canvas.setFillColor(_colour(ink))
        canvas.setFont(BOLD, 8.5)
        canvas.drawCentredString(page_w / 2, y + 3.6, text)


def _colour(hex6: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor("#" + hex6)


def _slide(canvas: Any, deck: DeckOutline, slide: SlideOutline, number: int,
           charts: ChartSet) -> None:
    """One slide in its own 960 x 540 coordinates (y up)."""
    from reportlab.lib.colors import HexColor

    from briefdeck.export.pdf import fonts
    from briefdeck.export.pdf.styles import ACCENT, MUTED

    g = DeckGeometry()
    left = (SLIDE_W - g.body.width) / 2
    canvas.setStrokeColor(HexColor("#9CA3AF"))
    canvas.setLineWidth(1.2)
    canvas.rect(0, 0, SLIDE_W, SLIDE_H, stroke=1, fill=0)
    banner = LEVELS[mark_of(slide.marking)] + (" // DRAFT" if deck.draft else "")
    back, ink = BANNER_COLOURS[mark_of(slide.marking)]
    for y in (SLIDE_H - STRIP, 0):
        canvas.setFillColor(_colour(back))
        canvas.rect(0, y, SLIDE_W, STRIP, stroke=0, fill=1)
        canvas.setFillColor(_colour(ink))
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawCentredString(SLIDE_W / 2, y + 4.5, banner)

    if slide.kind == "title":
        _text_box(canvas, [_para(slide.title, slide.title_size, fonts.BOLD, ACCENT)],
                  left, 300, g.cover_title.width, g.cover_title.height)
        lines = [_para(line, slide.body_size, fonts.REGULAR, MUTED) for line in slide.lines]
        _text_box(canvas, lines, left, 300 - 16 - g.cover_lines.height, g.cover_lines.width,
                  g.cover_lines.height)
    else:
        title_y = SLIDE_H - STRIP - 14 - g.title.height
        _text_box(canvas, [_para(slide.title, slide.title_size, fonts.BOLD, ACCENT)],
                  left, title_y, g.title.width, g.title.height, valign="middle")
        body_y = title_y - 10 - g.body.height
        if slide.chart:
            _chart(canvas, slide, charts, left, body_y, g.body.width, g.body.height)
        else:
            bullets = [_para(f"({b.mark}) {b.text}", slide.body_size, fonts.REGULAR, None,
                             bullet=True, indent=g.indent) for b in slide.bullets]
            _text_box(canvas, bullets, left, body_y, g.body.width, g.body.height)
    canvas.setFont(fonts.REGULAR, 10)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, STRIP + 8, deck.footer)
    canvas.drawRightString(SLIDE_W - left, STRIP + 8, str(number))


def _para(text: str, size: float, font: str, colour: Any, *, bullet: bool = False,
          indent: float = 0.0) -> Any:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from briefdeck.export.pdf.markup import literal
    from briefdeck.export.pdf.styles import INK

    style = ParagraphStyle("slide", fontName=font, fontSize=size, leading=size * 1.2,
                           textColor=colour or INK, spaceAfter=size * 0.45,
                           leftIndent=indent if bullet else 0, bulletIndent=0,
                           bulletFontName=font, bulletFontSize=size)
    return Paragraph(literal(text), style, bulletText="\u2022" if bullet else None)


def _text_box(canvas: Any, flowables: list[Any], x: float, y: float, w: float, h: float,
              valign: str = "TOP") -> None:
    from reportlab.platypus import Frame, KeepInFrame

    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # The outline already fitted the text to these boxes; shrink-to-fit only absorbs rounding.
    frame.addFromList([KeepInFrame(w, h, flowables, mode="shrink",
                                   vAlign="MIDDLE" if valign == "middle" else "TOP")], canvas)


def _chart(canvas: Any, slide: SlideOutline, charts: ChartSet, x: float, y: float, w: float,
           h: float) -> None:
    from reportlab.graphics import renderPDF

    from briefdeck.export.pdf import fonts
    from briefdeck.export.pdf.chartdraw import bars_drawing, timeline_drawing
    from briefdeck.export.pdf.mapdraw import map_drawing

    start, stop = slide.span
    size = 13.0
    if slide.chart == "map":
        drawing = map_drawing(charts.map, w, h, fonts.REGULAR, fonts.BOLD, size)
    elif slide.chart == "timeline":
        items = charts.timeline.items[start:stop] if stop else charts.timeline.items
        drawing = timeline_drawing(TimelineSpec(charts.timeline.title, items), w, h,
                                   fonts.REGULAR, fonts.BOLD, size)
    else:
        drawing = bars_drawing(_bars_part(charts.figures, start, stop), w, h, fonts.REGULAR,
                               fonts.BOLD, size)
    renderPDF.draw(drawing, canvas, x, y)


def _bars_part(spec: BarSpec, start: int, stop: int) -> BarSpec:
    if not stop:
        return spec
    from dataclasses import replace

    return replace(spec, categories=spec.categories[start:stop],
                   series=tuple(Series(s.name, s.values[start:stop], s.colour)
                                for s in spec.series),
                   fact_ids=spec.fact_ids[start:stop])
