"""Writing measured text into shapes: exact size, line pitch and paragraph gap (the ones
compose.fit measured with), no autofit, and explicit insets so nothing is left to chance."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from briefdeck.compose.fit import TextStyle
from briefdeck.compose.printable_words import printable
from briefdeck.export.pptx.frame import INSET_X, INSET_Y

PITCH = TextStyle(1).pitch
BODY_GAP = TextStyle(1).gap  # points before each bullet at the smallest body size (scaled)


def prepare(frame: Any, anchor: Any = MSO_ANCHOR.TOP) -> None:
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = INSET_X
    frame.margin_top = frame.margin_bottom = INSET_Y
    frame.vertical_anchor = anchor


def write_lines(frame: Any, lines: Sequence[str], size: float, *, bold: bool = False,
                colour: str | None = None, align: Any = None, gap: float = 0.0,
                anchor: Any = MSO_ANCHOR.TOP, bullets: bool | None = None) -> None:
    """One paragraph per line of text, replacing what the frame held."""
    prepare(frame, anchor)
    frame.clear()
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.line_spacing = Pt(size * PITCH)
        para.space_before = Pt(gap if i else 0)
        para.space_after = Pt(0)
        if align is not None:
            para.alignment = align
        if bullets is False:
            _no_bullet(para)
        run = para.add_run()
        run.text = printable(line)  # (a pictograph the font lacks would show as a box)
        font = run.font
        font.size = Pt(size)
        font.bold = bold
        if colour:
            font.color.rgb = RGBColor.from_string(colour)


def write_bullets(frame: Any, texts: Sequence[str], size: float,
                  colour: str | None = None) -> None:
    """Bullets into a body placeholder: the template draws the bullet, we set the measures."""
    write_lines(frame, texts, size, colour=colour, gap=BODY_GAP * size / 16.0)


def write_title(shape: Any, text: str, size: float, colour: str | None = None) -> None:
    write_lines(shape.text_frame, [text], size, bold=True, colour=colour,
                anchor=MSO_ANCHOR.MIDDLE)


def _no_bullet(para: Any) -> None:
    """Plain text in a box: no bullet and no hanging indent, whatever the master says."""
    ppr = para._p.get_or_add_pPr()
    for child in list(ppr):
        if child.tag.endswith(("}buChar", "}buAutoNum", "}buNone")):
            ppr.remove(child)
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    etree.SubElement(ppr, qn("a:buNone"))


def add_textbox(shapes: Any, rect: tuple[int, int, int, int], lines: Sequence[str],
                size: float, *, name: str = "", bold: bool = False,
                colour: str | None = None, align: Any = PP_ALIGN.LEFT,
                anchor: Any = MSO_ANCHOR.TOP, fill: str | None = None) -> Any:
    box = shapes.add_textbox(*rect)
    if name:
        box.name = name
    write_lines(box.text_frame, lines, size, bold=bold, colour=colour, align=align,
                anchor=anchor, bullets=False)
    if fill:
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor.from_string(fill)
    return box
