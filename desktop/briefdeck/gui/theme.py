"""Colours and sizes of the app in one place (hex RRGGBB without '#', like charts.palette).

Light and dark: `colours()` is the active set (LIGHT or DARK); `apply_scheme(app)` picks it
from BRIEFDECK_THEME=dark|light or else the system colour scheme (Unknown, as under the
offscreen platform, counts as light) and gives dark a Fusion style with a dark QPalette, since
Linux platform themes often supply none. Views re-read `colours()` when the window restyles."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

THEME_ENV = "BRIEFDECK_THEME"


@dataclass(frozen=True)
class Colours:
    """Every colour the GUI draws itself, for one scheme."""

    name: str
    title: str  # chart titles
    text: str  # chart labels (map places, timeline events)
    words: str  # a fact's quoted words in the form
    label: str  # secondary labels: status summary, preview notes, chart keys
    note: str  # 'nothing to show' notes, article byline
    chart_background: str  # also the sea of the map
    chart_foreground: str  # axes and ticks
    land: str
    border: str
    country_name: str
    grid: str
    marker_edge: str
    boilerplate: str
    error: str
    highlight_alpha: int  # of 255: fact highlights stay readable under the text
    selected_alpha: int
    status: dict[str, str]


LIGHT = Colours(
    name="light", title="111827", text="1F2937", words="374151", label="4B5563",
    note="6B7280", chart_background="FFFFFF", chart_foreground="374151", land="F3F1EA",
    border="A8A29E", country_name="A8A29E", grid="E5E7EB", marker_edge="FFFFFF",
    boilerplate="9CA3AF", error="B91C1C", highlight_alpha=60, selected_alpha=140,
    status={"draft": "B45309", "accepted": "15803D", "rejected": "9CA3AF"},
)
# Dark: light text on near-black; highlights stronger (a faint tint vanishes on dark) but
# still well under the text's contrast; land lifted off the sea so borders read.
DARK = Colours(
    name="dark", title="F3F4F6", text="E5E7EB", words="D1D5DB", label="C0C6CF",
    note="A1A8B3", chart_background="1C1F24", chart_foreground="C0C6CF", land="2F343C",
    border="6B7280", country_name="8B929C", grid="4B5563", marker_edge="1C1F24",
    boilerplate="7C838D", error="F87171", highlight_alpha=95, selected_alpha=175,
    status={"draft": "F59E0B", "accepted": "4ADE80", "rejected": "7C838D"},
)
_active: list[Colours] = [LIGHT]
_light_look: dict[str, object] = {}  # the style and palette before any dark switch


def colours() -> Colours:
    return _active[0]


def wanted_scheme() -> str:
    """'dark' or 'light': the BRIEFDECK_THEME override, else the system's scheme."""
    override = os.environ.get(THEME_ENV, "").strip().lower()
    if override in ("dark", "light"):
        return override
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_scheme(app: QApplication, scheme: str | None = None) -> Colours:
    """Set the app's style and palette for `scheme` (default: wanted_scheme()); returns the
    active Colours. Light keeps the platform's own style and palette untouched."""
    scheme = scheme or wanted_scheme()
    if not _light_look:
        _light_look["style"] = app.style().name()
        _light_look["palette"] = QPalette(app.palette())
    if scheme == "dark":
        if app.style().name().lower() != "fusion":
            app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
        _active[0] = DARK
    else:
        if app.style().name() != _light_look["style"]:
            app.setStyle(QStyleFactory.create(str(_light_look["style"])))
        app.setPalette(_light_look["palette"])
        _active[0] = LIGHT
    return _active[0]


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, hex_rgb in (
            (roles.Window, "2B2F35"), (roles.WindowText, "E5E7EB"), (roles.Base, "1C1F24"),
            (roles.AlternateBase, "262A30"), (roles.ToolTipBase, "2B2F35"),
            (roles.ToolTipText, "E5E7EB"), (roles.PlaceholderText, "8B929C"),
            (roles.Text, "E5E7EB"), (roles.Button, "33373E"), (roles.ButtonText, "E5E7EB"),
            (roles.BrightText, "FF6B6B"), (roles.Light, "454A52"), (roles.Midlight, "3A3F47"),
            (roles.Mid, "2A2E34"), (roles.Dark, "16181C"), (roles.Shadow, "0B0C0E"),
            (roles.Highlight, "2F6FD0"), (roles.HighlightedText, "FFFFFF"),
            (roles.Link, "7AB0FF"), (roles.LinkVisited, "B39DFF")):
        palette.setColor(role, qcolor(hex_rgb))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, qcolor("7C838D"))
    return palette


# Icons of the main actions: the desktop theme's if it has one, else the style's own.
ACTION_ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "open": ("document-open", QStyle.StandardPixmap.SP_DialogOpenButton),
    "save": ("document-save", QStyle.StandardPixmap.SP_DialogSaveButton),
    "export": ("document-send", QStyle.StandardPixmap.SP_ArrowRight),
    "undo": ("edit-undo", QStyle.StandardPixmap.SP_ArrowBack),
    "redo": ("edit-redo", QStyle.StandardPixmap.SP_ArrowForward),
    "accept": ("dialog-ok-apply", QStyle.StandardPixmap.SP_DialogApplyButton),
    "reject": ("dialog-cancel", QStyle.StandardPixmap.SP_DialogCancelButton),
}


def action_icon(action: str) -> QIcon:
    name, fallback = ACTION_ICONS[action]
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return QApplication.style().standardIcon(fallback)


def app_icon() -> QIcon:
    """The briefdeck icon (SVG: sharp at any size); null if the asset is missing."""
    from briefdeck.paths import assets_dir

    path = assets_dir() / "icons" / "briefdeck.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()

# One colour per fact kind: highlights in the source text and the facts tabs.
KIND_COLOURS: dict[str, str] = {
    "places": "2563EB",
    "figures": "059669",
    "events": "DC2626",
    "systems": "7C3AED",
    "organizations": "0891B2",
    "people": "DB2777",
    "quotes": "CA8A04",
    "attributions": "64748B",
}
KIND_LABELS: dict[str, str] = {
    "places": "Places",
    "figures": "Figures",
    "events": "Events",
    "systems": "Systems",
    "organizations": "Organisations",
    "people": "People",
    "quotes": "Quotes",
    "attributions": "Sourcing",
}
# Singular nouns for menus ("New place from selection").
KIND_NOUNS: dict[str, str] = {
    "places": "place",
    "figures": "figure",
    "events": "event",
    "systems": "system",
    "organizations": "organisation",
    "people": "person",
    "quotes": "quote",
    "attributions": "attribution",
}


def kind_text_colour(kind: str) -> QColor:
    """A kind's colour for text (tab names): lifted in dark, where the deep tones sink."""
    colour = qcolor(KIND_COLOURS[kind])
    return colour.lighter(165) if colours().name == "dark" else colour


def qcolor(hex_rgb: str, alpha: int = 255) -> QColor:
    colour = QColor("#" + hex_rgb)
    colour.setAlpha(alpha)
    return colour


# Colour emoji and symbol fonts of the common desktops, tried after a view's own font for the
# characters it lacks (a "📌 Pinned" line of a chat export). Only installed ones are named.
SYMBOL_FONTS = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol",
                "Twemoji", "EmojiOne Color", "Symbola", "Noto Sans Symbols 2",
                "Noto Sans Symbols")
MISSING_GLYPH = "\u2022"  # what a character no installed font can draw is shown as


def with_symbol_fallback(font: QFont) -> QFont:
    """`font`, then the installed emoji and symbol fonts, as its family list."""
    installed = set(QFontDatabase.families())
    first = font.families() or [font.family()]
    fallback = [f for f in SYMBOL_FONTS if f in installed and f not in first]
    if fallback:
        font.setFamilies([*first, *fallback])
    return font


def drawable_text(text: str, font: QFont) -> str:
    """`text` with each character that no installed font can draw (it would show as an empty
    box) replaced by a bullet of the same UTF-16 length, so text positions stay where they
    were. Letters, digits and punctuation below U+2000 are taken as drawable."""
    missing: dict[str, str] = {}
    for ch in {c for c in text if ord(c) >= 0x2000}:
        layout = QTextLayout(ch, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        if any(0 in run.glyphIndexes() for run in layout.glyphRuns()):
            # a word joiner (drawn as nothing) keeps a character beyond U+FFFF two units long
            missing[ch] = MISSING_GLYPH + ("\u2060" if ord(ch) > 0xFFFF else "")
    return "".join(missing.get(c, c) for c in text) if missing else text
