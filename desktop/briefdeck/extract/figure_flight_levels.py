"""Flight levels: "FL320", "FL 260", "flight level (FL) 260", "Flight Level 320".

An aviation rule or bulletin bounds its ban by a flight level, the altitude in hundreds of feet
on the standard setting. The number glued to "FL" (or after "flight level") is the level
itself, a figure in its own unit "FL"; each level is kept once, where the text first gives it.
Only a text that writes "flight level" out, as a rule or bulletin for readers does, is read so;
an operations sheet's NOTAM shorthand ("BTN FL320 AND FL400") is routing detail.
"""

from __future__ import annotations

import re

from briefdeck.model import Figure, Provenance

# "FL" or "flight level", an optional "(FL)", then the three digits of the level.
_LEVEL = re.compile(r"(?<![A-Za-z])(?:FL|[Ff]light [Ll]evel)(?: \(FL\))? ?(\d{3})(?!\d)(?![.,]\d)")


def flight_levels(text: str, skip: list[tuple[int, int]], taken: set[int]) -> list[Figure]:
    """Each distinct flight level told in text (its number not inside skip or already read)."""
    if "FL" not in text or (
        "light level" not in text and "light Level" not in text and "LIGHT LEVEL" not in text
    ):
        return []
    out: list[Figure] = []
    seen: set[str] = set()
    for m in _LEVEL.finditer(text):
        at, level = m.start(1), m.group(1)
        if level in seen or at in taken or any(a <= at < b for a, b in skip):
            continue
        seen.add(level)
        out.append(
            Figure(
                id="fg-0",
                value=float(level),
                value_high=None,
                unit="FL",
                qualifier="exact",
                text=level,
                label=f"FL{level}",
                provenance=Provenance(source="src-1", start=at, end=m.end(1)),
            )
        )
    return out
