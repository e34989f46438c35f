"""Colours and sizes of the app in one place (hex RRGGBB without '#', like charts.palette)."""

from __future__ import annotations

from PySide6.QtGui import QColor

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
STATUS_COLOURS: dict[str, str] = {
    "draft": "B45309",
    "accepted": "15803D",
    "rejected": "9CA3AF",
}
BOILERPLATE_TEXT = "9CA3AF"
ERROR_TEXT = "B91C1C"
HIGHLIGHT_ALPHA = 60  # of 255: fact highlights stay readable under the text
SELECTED_ALPHA = 140


def qcolor(hex_rgb: str, alpha: int = 255) -> QColor:
    colour = QColor("#" + hex_rgb)
    colour.setAlpha(alpha)
    return colour
