"""The shipped fonts: all four faces, their licence beside them, and the glyphs briefings need."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from briefdeck.export.fonts import STYLES, font_path, fonts_dir

NEEDED = "ḩāīūṣṭ‘’“”–—…•ʿʾ"  # transliterations, curly quotes, dashes


@pytest.mark.parametrize("style", ["regular", "bold", "italic", "bolditalic"])
def test_each_face_is_a_truetype_file_covering_transliterations(style: str) -> None:
    path = font_path(style)
    assert path.read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines
    covered = TTFontFile(str(path)).charToGlyph
    assert [c for c in NEEDED if ord(c) not in covered] == []


def test_style_names_are_forgiving_but_unknown_ones_are_refused() -> None:
    assert font_path("Bold Italic") == font_path("bolditalic") == font_path("bold-italic")
    with pytest.raises(ValueError, match="font style"):
        font_path("condensed")


def test_fonts_ship_with_licence_and_readme_and_stay_small() -> None:
    folder = fonts_dir()
    licence = (folder / "LICENSE-LiberationSans-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert all(font_path(s).name in readme for s in STYLES)
    assert sum(p.stat().st_size for p in folder.glob("*.ttf")) < 3 * 1024 * 1024


def test_a_pictograph_the_font_cannot_draw_is_dropped_but_letters_stay():
    from briefdeck.export.pdf.markup import clean

    assert clean("\u26a1\ufe0f Reports of blasts \U0001f534 near the base") == (
        "Reports of blasts near the base")
    assert clean("Erbil \u2192 Duhok, 3 \u00b1 1") == "Erbil \u2192 Duhok, 3 \u00b1 1"
    assert "\u0628\u063a\u062f\u0627\u062f" in clean("Baghdad (\u0628\u063a\u062f\u0627\u062f)")
