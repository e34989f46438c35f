"""The fonts briefdeck ships (assets/fonts): embedded in the one-pager, and used by the deck
writer to measure slide text. Liberation Sans has Arial's metrics, so text measured with these
files fits the same in PowerPoint's Arial. No Qt, no reportlab here."""

from __future__ import annotations

from pathlib import Path

from briefdeck.errors import ExportError
from briefdeck.paths import _data_root, assets_dir

FAMILY = "Liberation Sans"  # the family name as office programs know it
METRIC_TWIN = "Arial"  # the font it stands in for, width for width

_FILES: dict[str, str] = {
    "regular": "LiberationSans-Regular.ttf",
    "bold": "LiberationSans-Bold.ttf",
    "italic": "LiberationSans-Italic.ttf",
    "bolditalic": "LiberationSans-BoldItalic.ttf",
}
STYLES: tuple[str, ...] = tuple(_FILES)


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def font_path(style: str = "regular") -> Path:
    """The TTF for 'regular', 'bold', 'italic' or 'bolditalic' (also 'bold italic', 'bold-italic').

    Raises ExportError when the file is missing (a broken install), ValueError for a bad style."""
    key = style.lower().replace(" ", "").replace("-", "").replace("_", "")
    if key not in _FILES:
        raise ValueError(f"unknown font style {style!r}; use one of {', '.join(STYLES)}")
    path = fonts_dir() / _FILES[key]
    if path.is_file():
        return path
    # BRIEFDECK_ASSETS may point at a folder of test data without fonts: use the shipped ones.
    shipped = _data_root("assets") / "fonts" / _FILES[key]
    if shipped.is_file():
        return shipped
    raise ExportError(f"font file {path} is missing; reinstall briefdeck")
