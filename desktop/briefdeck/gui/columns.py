"""Which fields each facts tab shows, in the analyst's order, with headers and widths."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    width: int = 110
    stretch: bool = False  # takes the spare width of the table
    decimals: int | None = None  # shown rounded (the full value stays in the model)


_STATUS = Column("status", "Status", 70)
_MARK = Column("marking", "Mark", 44)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "places": (
        _STATUS, Column("name", "Name", 170, True), Column("kind", "Kind", 92),
        Column("role", "Role", 96), Column("country", "Country", 62),
        Column("lat", "Lat", 58, decimals=3), Column("lon", "Lon", 58, decimals=3), _MARK,
    ),
    "figures": (
        _STATUS, Column("value", "Value", 80), Column("qualifier", "Qualifier", 84),
        Column("unit", "Unit", 90), Column("label", "Label", 180, True),
        Column("text", "As written", 150), _MARK,
    ),
    "events": (
        _STATUS, Column("date", "Date", 90), Column("kind", "Kind", 100),
        Column("summary", "Summary", 220, True), Column("place", "Place", 110),
        Column("killed", "Killed", 56), Column("wounded", "Wounded", 66), _MARK,
    ),
    "systems": (
        _STATUS, Column("name", "Name", 150, True), Column("category", "Category", 120),
        Column("posture", "Posture", 110), Column("place", "Place", 120), _MARK,
    ),
    "organizations": (
        _STATUS, Column("name", "Name", 200, True), Column("aliases", "Also called", 200), _MARK,
    ),
    "people": (
        _STATUS, Column("name", "Name", 160, True), Column("title", "Title", 180),
        Column("organization", "Organisation", 160), _MARK,
    ),
    "quotes": (
        _STATUS, Column("speaker", "Speaker", 160), Column("text", "Quote", 320, True), _MARK,
    ),
    "attributions": (
        _STATUS, Column("kind", "Kind", 140), Column("text", "Attributed to", 260, True),
        Column("count", "How many", 72), _MARK,
    ),
}

