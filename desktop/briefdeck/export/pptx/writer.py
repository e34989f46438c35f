"""Briefing -> .pptx: pick the master (house theme or the user's template), compose the
outline against its layouts, draw each slide, set the file's properties, write atomically."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefdeck.charts import build_charts
from briefdeck.compose.deck import (
    COVER_LINE_GAP,
    COVER_LINE_SIZE,
    DeckOutline,
    SlideOutline,
    compose_deck,
)
from briefdeck.compose.selection import select_facts
from briefdeck.errors import BriefdeckError, ExportError
from briefdeck.export.pptx import banners, charts, layouts, notes, text
from briefdeck.export.pptx import map as map_shapes
from briefdeck.export.pptx.frame import SlideFrame, slide_frame
from briefdeck.export.pptx.partnames import remember_partnames
from briefdeck.export.pptx.stable import stable_zip
from briefdeck.export.pptx.themes import Theme, get_theme, user_theme
from briefdeck.export.pptx.timeline import add_timeline
from briefdeck.export.report import ExportReport
from briefdeck.files import atomic_write
from briefdeck.model.briefing import Briefing


def write_pptx(briefing: Briefing, path: str | Path, *, theme: str = "staff",
               template: str | Path | None = None, include_drafts: bool = False) -> ExportReport:
    """Write the briefing's deck to `path`; raises ExportError for what the user can fix."""
    data, outline = render_pptx(briefing, theme=theme, template=template,
                                include_drafts=include_drafts)
    try:
        written = atomic_write(path, data)
    except BriefdeckError as exc:
        raise ExportError(str(exc)) from None
    return ExportReport(written, pages=len(outline.slides), draft=outline.draft,
                        warnings=list(outline.warnings))


def render_pptx(briefing: Briefing, *, theme: str = "staff", template: str | Path | None = None,
                include_drafts: bool = False) -> tuple[bytes, DeckOutline]:
    """The deck as bytes, with the outline it was drawn from (no file written)."""
    prs, look = _open_master(theme, template)
    warnings = _drop_slides(prs) + _font_warning(prs)
    remember_partnames(prs.part.package)  # after the drop: dropped parts are gone
    found = layouts.find_layouts(prs, look.template.name)
    frame = slide_frame(prs, found)
    selection = select_facts(briefing, include_drafts)
    mx, my, mw, mh = map_shapes.map_rect(frame.content)
    chart_set = build_charts(briefing, include_drafts, selection=selection, aspect=mw / mh)
    outline = compose_deck(briefing, selection, chart_set, frame.geometry())
    for number, slide_outline in enumerate(outline.slides, 1):
        _draw(prs, found, frame, look, outline, slide_outline, number, warnings)
    _properties(prs, outline)
    buffer = io.BytesIO()
    prs.save(buffer)
    all_warnings = tuple(dict.fromkeys((*outline.warnings, *warnings)))
    data = stable_zip(buffer.getvalue(), datetime.fromisoformat(outline.created))
    return data, _with_warnings(outline, all_warnings)


def _with_warnings(outline: DeckOutline, warnings: tuple[str, ...]) -> DeckOutline:
    from dataclasses import replace

    return replace(outline, warnings=warnings)


def _open_master(theme: str, template: str | Path | None) -> tuple[Any, Theme]:
    from pptx import Presentation

    if template is None:
        look = get_theme(theme)
        return Presentation(str(look.template)), look
    path = Path(template)
    if not path.is_file():
        raise ExportError(f"template {path} does not exist")
    if path.suffix.lower() not in (".pptx", ".potx"):
        raise ExportError(f"template {path} is not a PowerPoint .pptx file")
    _check_unpacked_size(path)
    try:
        prs = Presentation(str(path))
    except Exception as exc:  # python-pptx raises several kinds for a damaged package
        raise ExportError(f"template {path} cannot be opened as a .pptx ({exc})") from None
    return prs, user_theme(path, _is_dark(prs))


MAX_TEMPLATE_UNPACKED = 300 * 1024 * 1024  # python-pptx unpacks every part into memory


def _check_unpacked_size(path: Path) -> None:
    """Refuse a template that would unpack to hundreds of MB (a zip bomb) before opening it:
    zipfile never inflates a member past its declared size, so the directory can be trusted."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as package:
            total = sum(member.file_size for member in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        message = f"template {path} cannot be opened as a .pptx (not a zip package)"
        raise ExportError(message) from None
    if total > MAX_TEMPLATE_UNPACKED:
        raise ExportError(f"template {path} would unpack to {total // 2**20:,} MB (limit "
                          f"{MAX_TEMPLATE_UNPACKED // 2**20} MB): refused as a possible zip bomb")


def _is_dark(prs: Any) -> bool:
    ns = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
    clr_map = prs.slide_master.element.find("p:clrMap", ns)
    return clr_map is not None and clr_map.get("bg1") == "dk1"


# Fonts no wider than Arial, whose widths (Liberation Sans) the text is measured with.
MEASURED_SAFE = {"arial", "helvetica", "liberation sans", "arimo", "calibri", "carlito"}


def _font_warning(prs: Any) -> list[str]:
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        theme = etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)
    except (KeyError, etree.XMLSyntaxError):
        return []
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    latin = theme.find(".//a:fontScheme/a:minorFont/a:latin", ns)
    face = latin.get("typeface", "") if latin is not None else ""
    if not face or face.strip().lower() in MEASURED_SAFE:
        return []
    return [f"text was measured with Arial's widths; the template's font {face} may be wider, "
            "so check that the longest bullets still fit"]


def _drop_slides(prs: Any) -> list[str]:
    """A user's template may carry sample slides: the deck starts without them."""
    ids = prs.slides._sldIdLst
    count = len(ids)
    for sld_id in list(ids):
        prs.part.drop_rel(sld_id.rId)
        ids.remove(sld_id)
    return [f"left out the template's {count} sample slides"] if count else []


def _draw(prs: Any, found: layouts.DeckLayouts, frame: SlideFrame, look: Theme,
          outline: DeckOutline, item: SlideOutline, number: int, warnings: list[str]) -> None:
    if item.kind == "title":
        slide = prs.slides.add_slide(found.cover)
        _cover(slide, frame, item, look)
    else:
        layout = found.chart if item.chart else found.content
        slide = prs.slides.add_slide(layout)
        _title(slide, frame, item, look)
        body = layouts.text_of(slide)
        if item.chart:
            if body is not None and found.chart_has_body:
                body._element.getparent().remove(body._element)
            _chart(slide, frame, outline, item, look)
        elif body is not None:
            _place(body, frame.body)
            text.write_bullets(body.text_frame, [b.marked for b in item.bullets], item.body_size)
        else:
            box = slide.shapes.add_textbox(*frame.body)
            text.write_bullets(box.text_frame, [b.marked for b in item.bullets], item.body_size)
    banners.add_banners(slide, frame, item.marking, outline.draft)
    banners.add_footer(slide, frame, outline.footer, look.muted, number)
    if not notes.set_notes(slide, item.notes):
        warnings.append("the template's notes page has no text box: speaker notes left out")


def _place(shape: Any, rect: tuple[int, int, int, int]) -> None:
    if (shape.left, shape.top, shape.width, shape.height) != rect:
        shape.left, shape.top, shape.width, shape.height = rect


def _title(slide: Any, frame: SlideFrame, item: SlideOutline, look: Theme) -> None:
    title = layouts.title_of(slide)
    if title is None:
        title = slide.shapes.add_textbox(*frame.title)
    else:
        _place(title, frame.title)
    text.write_title(title, item.title, item.title_size)


def _cover(slide: Any, frame: SlideFrame, item: SlideOutline, look: Theme) -> None:
    from pptx.enum.text import MSO_ANCHOR

    title = layouts.title_of(slide)
    if title is None:
        title = slide.shapes.add_textbox(*frame.cover_title)
    else:
        _place(title, frame.cover_title)
    text.write_lines(title.text_frame, [item.title], item.title_size, bold=True,
                     anchor=MSO_ANCHOR.BOTTOM, bullets=False)
    sub = layouts.text_of(slide)
    if sub is None:
        sub = slide.shapes.add_textbox(*frame.cover_lines)
    else:
        _place(sub, frame.cover_lines)
    gap = COVER_LINE_GAP * item.body_size / COVER_LINE_SIZE
    text.write_lines(sub.text_frame, list(item.lines), item.body_size, gap=gap, bullets=False)


def _chart(slide: Any, frame: SlideFrame, outline: DeckOutline, item: SlideOutline,
           look: Theme) -> None:
    spec = outline.charts
    if item.chart == "figures":
        charts.add_bar_chart(slide, spec.figures, item.span, frame.content, look)
    elif item.chart == "timeline":
        add_timeline(slide, spec.timeline, item.span, frame.content, look)
    elif item.chart == "map":
        map_shapes.add_map(slide, spec.map, frame.content, look)


def _properties(prs: Any, outline: DeckOutline) -> None:
    """Set every core property ourselves (the default ones date from 2013), from the
    briefing's as-of time, so the same briefing gives the same file properties."""
    props = prs.core_properties
    when = datetime.fromisoformat(outline.created)
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    props.title = _prop(outline.title)
    props.author = _prop(outline.author)
    props.last_modified_by = _prop(outline.author)
    props.subject = _prop(outline.subject)
    props.keywords = _prop(outline.keywords)
    props.category = "DRAFT" if outline.draft else "Briefing"
    props.comments = ""
    props.created = when
    props.modified = when
    props.last_printed = when
    props.revision = 1


def _prop(text: str) -> str:
    """python-pptx refuses core properties over 255 characters (a long title is legal)."""
    return text if len(text) <= 255 else text[:254] + "\u2026"
