"""A latitude and longitude are no words of a key fact: an OSINT log's table row read as an
event's summary ("2026-11-12 Victory Base Complex, Baghdad 33.290 44.260 2 x 122mm rockets")
carries the map's coordinates, which the map already plots and a reader would copy as numbers
of the story. The pair is left out where a fact is said on a slide or the page.
"""

from __future__ import annotations

import re

# Two decimals with two or more places, as a latitude (up to 90) and a longitude (up to 180)
# are written in a log: "33.786 42.441", "36.06, 40.73", "-12.5 130.84".
_PAIR = re.compile(r"(?<![\w.,-])(-?\d{1,2}\.\d{2,6})(?:,\s?|\s+|\t)(-?\d{1,3}\.\d{2,6})(?![\w.])")


def _latitude_longitude(m: re.Match[str]) -> bool:
    return abs(float(m.group(1))) <= 90 and abs(float(m.group(2))) <= 180


def without_coordinates(text: str) -> str:
    """The text without a latitude/longitude pair (and the spaces it leaves)."""
    if "." not in text:
        return text
    out = _PAIR.sub(lambda m: "" if _latitude_longitude(m) else m.group(), text)
    return " ".join(out.split()) if out != text else text
