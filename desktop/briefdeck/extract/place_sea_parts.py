"""A sea's part named by a compass word: "the southern Red Sea" is off Yemen, not the sea's
middle a thousand kilometres north.

Reports place ships and attacks in a part of a long sea ("in the southern Red Sea", "the
northern Gulf"); the map point then is that part's, where a reader looks for it. Only seas whose
parts lie far apart are listed; the words must stand right before the sea's name.

A maritime report often fixes the spot by distance and bearing from a port right after the
sea's name ("in the southern Red Sea, about 50 nautical miles west of Mokha"): that point,
worked out from the port's, is where the reader looks; a whole sea gets it (a strait, small
enough, keeps its own point).
"""

from __future__ import annotations

import math
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


# "..., about 50 nautical miles west of Mokha": a distance, a bearing and a named port, soon
# after the sea's name and in its sentence.
_OFF_PORT = re.compile(r"[^.;\n\d]{0,60}?(?<![\w.,])(\d{1,3}(?:\.\d)?)\s*(nautical\s+miles|nm|NM|"
                       r"km|kilomet(?:er|re)s|miles)\s+((?:north|south)?-?(?:east|west)?|north|"
                       r"south)\s+of\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
_KM = {"nautical miles": 1.852, "nm": 1.852, "km": 1.0, "kilometers": 1.0, "kilometres": 1.0,
       "miles": 1.609}
_BEARING = {"north": 0, "north-east": 45, "northeast": 45, "east": 90, "south-east": 135,
            "southeast": 135, "south": 180, "south-west": 225, "southwest": 225, "west": 270,
            "north-west": 315, "northwest": 315}
_FAR_OFF_KM = 400  # beyond this the port says little about where in the sea


def sea_off_port(text: str, end: int, lookup) -> tuple[float, float] | None:  # noqa: ANN001
    """The point at the distance and bearing from a port given right after a sea's name
    ending at end (lookup: a place name -> gazetteer entry or None)."""
    if " of " not in text[end:end + 110]:
        return None
    m = _OFF_PORT.match(text, end, min(len(text), end + 140))
    if m is None or (bearing := _BEARING.get(m.group(3).lower())) is None:
        return None
    km = float(m.group(1)) * _KM[" ".join(m.group(2).lower().split())]
    port = lookup(m.group(4))
    if port is None or port.lat is None or port.kind not in ("city", "installation") or \
            km > _FAR_OFF_KM:
        return None
    rad = math.radians(bearing)
    lat = port.lat + km * math.cos(rad) / 111.2
    lon = port.lon + km * math.sin(rad) / (111.2 * math.cos(math.radians(port.lat)))
    return round(lat, 3), round(lon, 3)


def sea_part(text: str, start: int, sea: str) -> tuple[float, float] | None:
    """The point of the sea's part named right before it ("the southern Red Sea"), if any."""
    if not any(key[0] == sea for key in SEA_PARTS):
        return None
    m = COMPASS_BEFORE.search(text, max(0, start - 28), start)
    return SEA_PARTS.get((sea, m.group(1).lower())) if m else None
