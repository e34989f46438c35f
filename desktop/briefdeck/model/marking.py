"""Classification levels and portion marks, ordered from least to most restrictive."""

from __future__ import annotations

from typing import Literal

PortionMark = Literal["U", "CUI", "C", "S", "TS"]

# Portion mark -> banner text, in ascending order of restriction.
LEVELS: dict[str, str] = {
    "U": "UNCLASSIFIED",
    "CUI": "CUI",
    "C": "CONFIDENTIAL",
    "S": "SECRET",
    "TS": "TOP SECRET",
}
# Conventional banner colours (background, text), as hex without '#'.
BANNER_COLOURS: dict[str, tuple[str, str]] = {
    "U": ("007A33", "FFFFFF"),
    "CUI": ("502B85", "FFFFFF"),
    "C": ("0033A0", "FFFFFF"),
    "S": ("C8102E", "FFFFFF"),
    "TS": ("FF8C00", "000000"),
}
_RANK = {mark: i for i, mark in enumerate(LEVELS)}
_BY_BANNER = {banner: mark for mark, banner in LEVELS.items()}


def mark_of(classification: str) -> str:
    """The portion mark for a classification written either way ('SECRET' or 'S')."""
    text = classification.strip().upper()
    if text in LEVELS:
        return text
    if text in _BY_BANNER:
        return _BY_BANNER[text]
    raise ValueError(f"unknown classification {classification!r}; use one of {', '.join(LEVELS)}")


def highest(marks: list[str] | tuple[str, ...], floor: str = "U") -> str:
    """The most restrictive of the marks (and the floor), as a portion mark."""
    best = mark_of(floor)
    for mark in marks:
        if _RANK[mark_of(mark)] > _RANK[best]:
            best = mark_of(mark)
    return best


def banner_text(mark: str, draft: bool = False) -> str:
    text = LEVELS[mark_of(mark)]
    return f"{text} // DRAFT" if draft else text
