"""write_pdf: the one-page read-ahead, Letter or A4 portrait.

The page is drawn on a single canvas through one platypus Frame, so a second page cannot
happen: the fitter plans the content to fit, and a shrink-to-fit wrapper catches any rounding.
Output is byte-identical for the same briefing (invariant mode, dates from meta.as_of)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefdeck import __version__ as VERSION
from briefdeck.charts import ChartSet, build_charts
from briefdeck.compose.page import MAP_ASPECT, PageOutline, page_outline
from briefdeck.errors import BriefdeckError, ExportError
from briefdeck.export.report import ExportReport
from briefdeck.files import atomic_write
from briefdeck.model.briefing import Briefing
from briefdeck.model.marking import BANNER_COLOURS, mark_of

PAPERS = ("letter", "a4")
MARGIN_X = 36.0  # half an inch
BANNER_H = 13.0
BANNER_EDGE = 10.0  # banner distance from the paper's edge (inside printers' margins)
BODY_GAP = 8.0  # between a banner and the content


def write_pdf(briefing: Briefing, path: str | Path, *, paper: str = "letter",
              include_drafts: bool = False) -> ExportReport:
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise ExportError(f"cannot write {target}: the one-pager's name must end in .pdf")
    data, report = render_pdf(briefing, paper=paper, include_drafts=include_drafts)
    try:
        atomic_write(target, data)
    except ExportError:
        raise
    except BriefdeckError as exc:
        raise ExportError(str(exc)) from None
    report.path = target
    return report


def render_pdf(briefing: Briefing, *, paper: str = "letter",
               include_drafts: bool = False) -> tuple[bytes, ExportReport]:
    """The one-pager as bytes (for previews), with the report a write would return."""
    from reportlab.lib.pagesizes import A4, LETTER

    from briefdeck.export.pdf import fonts
    from briefdeck.export.pdf.layout import fit_page

    key = paper.strip().lower()
    if key not in PAPERS:
        raise ExportError(f"unknown paper size {paper!r}; use letter or a4")
    page_w, page_h = LETTER if key == "letter" else A4
    fonts.register()
    warnings: list[str] = []
    outline = page_outline(briefing, include_drafts,
                           charts=_charts(briefing, include_drafts, warnings))
    top = page_h - BANNER_EDGE - BANNER_H - BODY_GAP
    bottom = BANNER_EDGE + BANNER_H + BODY_GAP
    width, height = page_w - 2 * MARGIN_X, top - bottom
    fitted = fit_page(outline, width, height, MAP_ASPECT)
    warnings = fitted.warnings + warnings + _glyph_warnings(outline)
    data = _draw(outline, fitted.story, (page_w, page_h), (MARGIN_X, bottom, width, height),
                 briefing)
    report = ExportReport(path=Path(), pages=1, draft=outline.draft, warnings=warnings)
    return data, report


def _charts(briefing: Briefing, include_drafts: bool, warnings: list[str]) -> ChartSet:
    try:
        return build_charts(briefing, include_drafts, aspect=MAP_ASPECT)
    except (ImportError, FileNotFoundError, ValueError, TypeError) as exc:
        # Map geometry missing or broken: print the page without the map rather than fail.
        from briefdeck.charts.build import figures_spec, timeline_spec
        from briefdeck.charts.spec import MapSpec
        from briefdeck.compose.selection import select_facts

        warnings.append(f"one-pager: map left out ({type(exc).__name__}: {exc})")
        sel = select_facts(briefing, include_drafts)
        return ChartSet(
            map=MapSpec("Places in the report", (38.0, 28.0, 50.0, 38.0), ()),
            timeline=timeline_spec(sel.of("events")),
            figures=figures_spec(sel.of("events"), sel.of("figures")),
        )


def _glyph_warnings(outline: PageOutline) -> list[str]:
    from briefdeck.export.pdf.fonts import missing_glyphs
    from briefdeck.export.pdf.markup import clean

    texts = [outline.title, outline.bluf, outline.outlook, outline.prepared_by,
             *outline.key_points, *(f.lead + f.text for f in outline.facts),
             *(s.outlet + s.headline for s in outline.sources)]
    missing = missing_glyphs([clean(t) for t in texts])
    if not missing:
        return []
    shown = "".join(missing[:12]) + ("\u2026" if len(missing) > 12 else "")
    return [f"one-pager: the font has no glyph for {len(missing)} character(s) ({shown}); "
            "they print as boxes"]


def _draw(outline: PageOutline, story: list[Any], size: tuple[float, float],
          frame_box: tuple[float, float, float, float], briefing: Briefing) -> bytes:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, KeepInFrame

    buf = io.BytesIO()
    from briefdeck.export.pdf.fonts import REGULAR

    # The initial font would otherwise be Helvetica: an unembedded font in every page's resources.
    canvas = Canvas(buf, pagesize=size, invariant=1, pageCompression=1,
                    initialFontName=REGULAR, initialFontSize=8)
    _metadata(canvas, outline, briefing)
    _banners(canvas, outline, size)
    x, y, w, h = frame_box
    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # The plan fits; the wrapper only absorbs rounding, and it can never start a second page.
    pending = [KeepInFrame(w, h, story, mode="shrink", vAlign="TOP")]
    frame.addFromList(pending, canvas)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _metadata(canvas: Any, outline: PageOutline, briefing: Briefing) -> None:
    from briefdeck.export.pdf.markup import clean

    canvas.setTitle(clean(outline.title) or "Untitled briefing")
    canvas.setAuthor(clean(outline.prepared_by) or "briefdeck")
    subject = f"{outline.banner} \u2013 one-page read-ahead"
    canvas.setSubject(subject + (f", as of {outline.as_of}" if outline.as_of else ""))
    canvas.setCreator(f"briefdeck {VERSION}")
    canvas.setKeywords(["briefing", "read-ahead", outline.banner])
    when = _as_of(briefing.meta.as_of)
    if when is not None:
        # reportlab stamps creation and modification dates from this; invariant mode would
        # otherwise write 2000-01-01. The briefing's own time keeps the output reproducible.
        canvas._doc._timeStamp = _Stamp(when)


class _Stamp:
    """What reportlab's PDFDate reads from a TimeStamp: the UTC date-time, offset 0."""

    def __init__(self, when: datetime) -> None:
        self.t = when.timestamp()
        self.YMDhms = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        self.dhh = self.dmm = 0
        self.tzname = "UTC"
        self.lt = when.timetuple()


def _as_of(iso: str) -> datetime | None:
    if not iso:
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def _banners(canvas: Any, outline: PageOutline, size: tuple[float, float]) -> None:
    from reportlab.lib.colors import HexColor

    from briefdeck.export.pdf.fonts import BOLD

    page_w, page_h = size
    back, ink = BANNER_COLOURS[mark_of(outline.marking)]
    for y in (page_h - BANNER_EDGE - BANNER_H, BANNER_EDGE):
        canvas.saveState()
        canvas.setFillColor(HexColor("#" + back))
        canvas.rect(MARGIN_X, y, page_w - 2 * MARGIN_X, BANNER_H, stroke=0, fill=1)
        canvas.setFillColor(HexColor("#" + ink))
        canvas.setFont(BOLD, 8.5)
        canvas.drawCentredString(page_w / 2, y + 3.6, outline.banner)
        canvas.restoreState()
