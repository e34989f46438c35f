"""A body found in a report, and the gazetteer look-ups the organization rules share."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Found:
    """A body's name as the report writes it, where it is first named, its other names."""
    name: str
    start: int
    end: int
    aliases: list[str] = field(default_factory=list)


def is_place(word: str) -> bool:
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    return Gazetteer.default().lookup(word, fuzzy=False) is not None


def is_country(word: str) -> bool:
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    entry = Gazetteer.default().lookup(word, fuzzy=False)
    return entry is not None and entry.kind == "country"
