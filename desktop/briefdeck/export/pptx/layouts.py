"""Finding the slide layouts a deck needs in a master: by name first, then by the kinds of
placeholder they hold, so a user's organisation template works without renaming anything."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER

from briefdeck.errors import ExportError

TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
TEXTS = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE}
FOOTERS = {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER}
NAMES = {
    "cover": ("title", "title slide", "cover"),
    "content": ("content", "title and content", "title and text", "title, content"),
    "chart": ("chart", "title only"),
}


@dataclass(frozen=True)
class DeckLayouts:
    cover: Any
    content: Any
    chart: Any
    chart_has_body: bool  # the chart layout is a content layout: drop its body on each slide


def _kinds(layout: Any) -> list[Any]:
    return [ph.placeholder_format.type for ph in layout.placeholders]


def _by_name(prs: Any, names: tuple[str, ...]) -> Any | None:
    by_name = {layout.name.strip().lower(): layout for layout in prs.slide_layouts}
    return next((by_name[n] for n in names if n in by_name), None)


def _content_like(layout: Any) -> bool:
    kinds = _kinds(layout)
    return any(k in TITLES for k in kinds) and any(k in TEXTS for k in kinds)


def find_layouts(prs: Any, template_name: str) -> DeckLayouts:
    layouts = list(prs.slide_layouts)
    content = _by_name(prs, NAMES["content"])
    if content is None or not _content_like(content):
        content = next((lay for lay in layouts if _content_like(lay)
                        and PP_PLACEHOLDER.SUBTITLE not in _kinds(lay)), None)
    if content is None:
        raise ExportError(
            f"template {template_name} has no layout with a title and a text placeholder; "
            "add a layout named 'Title and Content' (or 'Content') to its slide master"
        )
    cover = _by_name(prs, NAMES["cover"])
    if cover is None or not any(k in TITLES for k in _kinds(cover)):
        cover = next((lay for lay in layouts
                      if PP_PLACEHOLDER.CENTER_TITLE in _kinds(lay)
                      or PP_PLACEHOLDER.SUBTITLE in _kinds(lay)), content)
    chart = _by_name(prs, NAMES["chart"])
    if chart is None or not any(k in TITLES for k in _kinds(chart)):
        chart = next((lay for lay in layouts if _title_only(lay)), None)
    if chart is None:
        return DeckLayouts(cover, content, content, True)
    return DeckLayouts(cover, content, chart, _content_like(chart))


def _title_only(layout: Any) -> bool:
    kinds = [k for k in _kinds(layout) if k not in FOOTERS]
    return kinds == [PP_PLACEHOLDER.TITLE]


def title_of(slide: Any) -> Any | None:
    return next((ph for ph in slide.placeholders if ph.placeholder_format.type in TITLES), None)


def text_of(slide: Any) -> Any | None:
    """The slide's main text placeholder (body, object or subtitle), not the title."""
    return next((ph for ph in slide.placeholders if ph.placeholder_format.type in TEXTS), None)


def layout_box(layout: Any, kinds: set[Any]) -> tuple[int, int, int, int] | None:
    """(left, top, width, height) in EMU of the layout's first placeholder of these kinds."""
    for ph in layout.placeholders:
        if ph.placeholder_format.type in kinds:
            if ph.width is None or ph.height is None:
                return None
            return int(ph.left), int(ph.top), int(ph.width), int(ph.height)
    return None
