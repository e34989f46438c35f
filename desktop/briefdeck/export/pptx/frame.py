"""Where things go on a slide of this master: the placeholders' boxes kept clear of the
classification banners and the footer, and the same room in points for text measurement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pptx.util import Inches

from briefdeck.compose.deck import DeckGeometry
from briefdeck.compose.fit import Box
from briefdeck.export.pptx.layouts import TEXTS, TITLES, DeckLayouts, layout_box

Rect = tuple[int, int, int, int]  # left, top, width, height in EMU
BANNER = int(Inches(0.3))
FOOTER = int(Inches(0.32))
GAP = int(Inches(0.08))
INSET_X, INSET_Y = 91440, 45720  # the text frame insets the writer sets (0.1 in, 0.05 in)
EMU_PER_PT = 12700


@dataclass(frozen=True)
class SlideFrame:
    width: int
    height: int
    title: Rect
    body: Rect
    cover_title: Rect
    cover_lines: Rect
    footer: Rect  # footer text, left part of the row above the bottom banner
    number: Rect  # slide number, right end of that row
    indent: float  # points of the body's hanging bullet indent

    @property
    def content(self) -> Rect:
        """Room for a chart, map or timeline: the body box of the content layout."""
        return self.body

    def geometry(self) -> DeckGeometry:
        return DeckGeometry(
            title=_room(self.title), body=_room(self.body),
            cover_title=_room(self.cover_title), cover_lines=_room(self.cover_lines),
            footer=_room(self.footer), indent=self.indent,
        )


def _room(rect: Rect) -> Box:
    return Box((rect[2] - 2 * INSET_X) / EMU_PER_PT, (rect[3] - 2 * INSET_Y) / EMU_PER_PT)


def _clear(rect: Rect | None, fallback: Rect, top: int, bottom: int) -> Rect:
    """The rect kept between the banner and the footer row (a template may not know them)."""
    left, y, width, height = rect or fallback
    y0, y1 = max(y, top), min(y + height, bottom)
    if y1 - y0 < int(Inches(0.4)):
        return fallback
    return left, y0, width, y1 - y0


def slide_frame(prs: Any, layouts: DeckLayouts) -> SlideFrame:
    w, h = int(prs.slide_width or Inches(13.333)), int(prs.slide_height or Inches(7.5))
    side = int(Inches(0.5))
    top, bottom = BANNER + GAP, h - BANNER - FOOTER - GAP
    default_title = (side, top, w - 2 * side, int(Inches(0.85)))
    title = _clear(layout_box(layouts.content, TITLES), default_title, top, bottom)
    body_top = title[1] + title[3] + GAP
    default_body = (side, body_top, w - 2 * side, bottom - body_top)
    body = _clear(layout_box(layouts.content, TEXTS), default_body, body_top, bottom)
    cover_title = _clear(layout_box(layouts.cover, TITLES),
                         (side, int(h * 0.25), w - 2 * side, int(h * 0.2)), top, bottom)
    cover_lines = _clear(layout_box(layouts.cover, TEXTS),
                         (side, int(h * 0.48), w - 2 * side, int(h * 0.27)), top, bottom)
    if cover_lines == body and layouts.cover is layouts.content:
        cover_lines = (side, int(h * 0.48), w - 2 * side, int(h * 0.27))
    row = h - BANNER - FOOTER
    number_w = int(Inches(1.2))
    footer = (side, row, w - 2 * side - number_w, FOOTER)
    number = (w - side - number_w, row, number_w, FOOTER)
    return SlideFrame(w, h, title, body, cover_title, cover_lines, footer, number,
                      _indent(prs))


def _indent(prs: Any) -> float:
    """The master's first-level bullet margin, in points (27 pt in the house masters)."""
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
          "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
    level = prs.slide_master.element.find("p:txStyles/p:bodyStyle/a:lvl1pPr", ns)
    if level is None or level.get("marL") is None:
        return 27.0
    return max(0.0, int(level.get("marL")) / EMU_PER_PT)
