"""Classification banners (top and bottom of every slide), the footer and the slide number."""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from briefdeck.export.pptx.frame import BANNER, SlideFrame
from briefdeck.export.pptx.text import add_textbox, write_lines
from briefdeck.model.marking import BANNER_COLOURS, banner_text, mark_of

BANNER_SIZE = 12.0
FOOTER_SIZE = 10.0
# A fixed field id keeps the same briefing exporting to the same XML.
SLIDE_NUMBER_FIELD = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"


def add_banners(slide: Any, frame: SlideFrame, mark: str, draft: bool) -> None:
    fill, ink = BANNER_COLOURS[mark_of(mark)]
    text = banner_text(mark, draft)
    for name, top in (("Classification banner (top)", 0),
                      ("Classification banner (bottom)", frame.height - BANNER)):
        bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, top, frame.width, BANNER)
        bar.name = name
        bar.fill.solid()
        bar.fill.fore_color.rgb = RGBColor.from_string(fill)
        bar.line.fill.background()
        bar.shadow.inherit = False
        write_lines(bar.text_frame, [text], BANNER_SIZE, bold=True, colour=ink,
                    align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, bullets=False)


def add_footer(slide: Any, frame: SlideFrame, text: str, colour: str, number: int) -> None:
    add_textbox(slide.shapes, frame.footer, [text], FOOTER_SIZE, name="Footer", colour=colour,
                anchor=MSO_ANCHOR.MIDDLE)
    box = add_textbox(slide.shapes, frame.number, [""], FOOTER_SIZE, name="Slide number",
                      colour=colour, align=PP_ALIGN.RIGHT, anchor=MSO_ANCHOR.MIDDLE)
    _number_field(box.text_frame.paragraphs[0], number, colour)


def _number_field(para: Any, number: int, colour: str) -> None:
    """A live slide-number field (PowerPoint renumbers it when slides move)."""
    p = para._p
    for run in p.findall(qn("a:r")):
        p.remove(run)
    fld = etree.SubElement(p, qn("a:fld"), id=SLIDE_NUMBER_FIELD, type="slidenum")
    rpr = etree.SubElement(fld, qn("a:rPr"), lang="en-US", sz=str(int(Pt(FOOTER_SIZE).pt * 100)))
    fill = etree.SubElement(rpr, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=colour)
    etree.SubElement(fld, qn("a:t")).text = str(number)
    end = p.find(qn("a:endParaRPr"))
    if end is not None:  # the end mark must stay last
        p.remove(end)
        p.append(end)
