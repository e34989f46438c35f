"""A sea's part named by a compass word: "the southern Red Sea" is off Yemen, not the sea's
middle a thousand kilometres north.

Reports place ships and attacks in a part of a long sea ("in the southern Red Sea", "the
northern Gulf"); the map point then is that part's, where a reader looks for it. Only seas whose
parts lie far apart are listed; the words must stand right before the sea's name.
"""

from __future__ import annotations

import re

# (sea's gazetteer name, part) -> the part's point.
SEA_PARTS: dict[tuple[str, str], tuple[float, float]] = {
    ("Red Sea", "south"): (15.0, 41.8),  # off Hodeidah, between Yemen and Eritrea
    ("Red Sea", "north"): (27.0, 34.8),  # off Hurghada, towards the Gulf of Suez
    ("Persian Gulf", "north"): (29.2, 49.3),  # off Kuwait and Iraq's coast
    ("Persian Gulf", "south"): (25.3, 54.0),  # off the Emirates
    ("Gulf of Aden", "east"): (12.5, 49.5),  # off Mukalla and Somalia's coast
}
COMPASS_BEFORE = re.compile(r"\b(?:(north|south|east|west)(?:ern)?(?:\s+(?:part|end)\s+of)?)"
                            r"\s+(?:the\s+)?$", re.I)


def sea_part(text: str, start: int, sea: str) -> tuple[float, float] | None:
    """The point of the sea's part named right before it ("the southern Red Sea"), if any."""
    if not any(key[0] == sea for key in SEA_PARTS):
        return None
    m = COMPASS_BEFORE.search(text, max(0, start - 28), start)
    return SEA_PARTS.get((sea, m.group(1).lower())) if m else None
