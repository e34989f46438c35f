"""Register the shipped Liberation Sans files with reportlab, once per process, as one family
so that <b> and <i> in paragraphs pick the bold and italic files (not a faked regular)."""

from __future__ import annotations

from functools import cache

from briefdeck.export.fonts import font_path

REGULAR = "BriefdeckSans"
BOLD = "BriefdeckSans-Bold"
ITALIC = "BriefdeckSans-Italic"
BOLD_ITALIC = "BriefdeckSans-BoldItalic"


@cache
def register() -> frozenset[int]:
    """Register the family; returns the code points the regular face can draw."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = {REGULAR: "regular", BOLD: "bold", ITALIC: "italic", BOLD_ITALIC: "bolditalic"}
    regular = None
    for name, style in faces.items():
        font = TTFont(name, str(font_path(style)))
        pdfmetrics.registerFont(font)
        regular = regular or font
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    for name, bold, italic in ((REGULAR, 0, 0), (BOLD, 1, 0), (ITALIC, 0, 1), (BOLD_ITALIC, 1, 1)):
        addMapping(REGULAR, bold, italic, name)
    return frozenset(regular.face.charToGlyph) if regular else frozenset()


def missing_glyphs(texts: list[str]) -> list[str]:
    """Characters in `texts` that the font cannot draw (they would print as boxes)."""
    covered = register()
    missing = {c for t in texts for c in t if ord(c) not in covered and not c.isspace()}
    return sorted(missing)
