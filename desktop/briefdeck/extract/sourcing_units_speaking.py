"""A unit speaking by its noun alone: "The wing first reported one airman hurt", "the
squadron later said". A trip report or a base's story names the unit once ("the 332nd Air
Expeditionary Wing") and then calls it "the wing"; its reports are the unit's own, as "the
command said" is a command's.
"""

from __future__ import annotations

import re

_UNIT_SAID = re.compile(
    r"\b[Tt]he\s+(?:wing|squadron|brigade|battalion|regiment|division|"
    r"garrison)\s+(?:(?:first|later|initially|then|also)\s+)?"
    r"(?:said|says|reported|reports|announced|confirmed)\b"
)


def units_speaking(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each unit that speaks by its noun."""
    if (
        "he wing" not in text
        and "he squadron" not in text
        and "he brigade" not in text
        and "he battalion" not in text
        and "he regiment" not in text
        and "he division" not in text
        and "he garrison" not in text
    ):
        return []
    return [(m.start(), m.end(), "spokesperson", 1) for m in _UNIT_SAID.finditer(text)]
