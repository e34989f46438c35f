"""The one-pager's type and colours in one place, at a scale (1.0 = normal; the fitter may
shrink to MIN_SCALE and no further, so that body text stays at 7 pt or larger)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle

from briefdeck.export.pdf import fonts

MIN_SCALE = 0.86
MAX_SCALE = 1.12  # a short briefing is set larger rather than leave half the page empty
SCALES = (MAX_SCALE, 1.06, 1.0, 0.96, 0.92, 0.89, MIN_SCALE)

INK = HexColor("#111827")
MUTED = HexColor("#4B5563")
ACCENT = HexColor("#1F3A5F")  # the staff navy of headings and the BLUF rule
BOX = HexColor("#F1F4F8")
RULE = HexColor("#CBD5E1")
DRAFT = HexColor("#B45309")


@cache
def styles(scale: float = 1.0) -> dict[str, ParagraphStyle]:
    fonts.register()

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", fonts.REGULAR)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontSize=size * scale, leading=leading * scale, **kw)

    return {
        "title": style("title", 15, 18, fontName=fonts.BOLD, textColor=ACCENT),
        "meta": style("meta", 7.5, 9.5, textColor=MUTED),
        "bluf": style("bluf", 9.5, 12.2),
        "point": style("point", 8.5, 10.6, leftIndent=9 * scale, bulletIndent=0,
                       bulletFontName=fonts.REGULAR),
        "heading": style("heading", 7.5, 9.5, fontName=fonts.BOLD, textColor=ACCENT),
        "fact": style("fact", 8.1, 10.0),
        "more": style("more", 7.5, 9.5, fontName=fonts.ITALIC, textColor=MUTED),
        "outlook": style("outlook", 8.5, 10.6),
        "caption": style("caption", 7.5, 9.5, fontName=fonts.BOLD, textColor=ACCENT),
        "sources": style("sources", 6.8, 8.4, textColor=MUTED),
    }


def chart_text_size(scale: float) -> float:
    return 6.5 * scale
