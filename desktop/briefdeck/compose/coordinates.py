"""A latitude and longitude are no words of a key fact: an OSINT log's table row read as an
event's summary ("2026-11-12 Victory Base Complex, Baghdad 33.290 44.260 2 x 122mm rockets")
carries the map's coordinates, which the map already plots and a reader would copy as numbers
of the story. The pair is left out where a fact is said on a slide or the page.

Two decimals side by side are a position only when they are written as one: in range, and
told as a position (after "grid", "coordinates", "lat/lon", with hemisphere letters or degree
signs), in their own table cells, or given to three places or more as a log writes them. Dates
("12.11, 13.11"), calibres ("5.56, 7.62 rounds") and prices ("82.40 81.95") stay.
"""

from __future__ import annotations

import re

# The words telling a position, removed along with it ("fired rockets at grid 36.19, 44.01").
_POSITION_CUE = (r"(?i:(?:the\s+)?(?:grid(?:\s+reference)?|coordinates|"
                 r"coords|co-ordinates|GPS|lat(?:itude)?\s*(?:/|,|and)\s*lon(?:g(?:itude)?)?|"
                 r"position)\s*[:=]?\s*)")
_LAT_LON_PAIR = re.compile(
    r"(?P<at>\b(?:at|near|from)\s+)?(?P<cue>\b" + _POSITION_CUE + r")?"
    r"(?<![\w.,-])(?P<lat>-?\d{1,2}\.(?P<lat_places>\d{2,6}))"
    r"(?P<ns>\s?°?\s?[NS]\b|°)?(?P<sep>,\s?|\t|\s+)"
    r"(?P<lon>-?\d{1,3}\.(?P<lon_places>\d{2,6}))(?P<ew>\s?°?\s?[EW]\b|°)?(?!\w|\.\d)"
    # a third number makes a list ("12.11, 13.11 and 15.11"), not a pair
    r"(?!,?\s+(?:(?:and|or|to)\s+)?-?\d+\.\d)")

_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:])")


def _position(m: re.Match[str]) -> bool:
    """Is this pair a latitude and longitude written as one?"""
    if not (abs(float(m.group("lat"))) <= 90 and abs(float(m.group("lon"))) <= 180):
        return False
    told = m.group("cue") or m.group("ns") or m.group("ew") or m.group("sep") == "\t"
    precise = len(m.group("lat_places")) >= 3 and len(m.group("lon_places")) >= 3
    return bool(told or precise)


def without_coordinates(text: str) -> str:
    """The text without a latitude/longitude pair (and the words and spaces it leaves)."""
    if "." not in text:
        return text
    out = _LAT_LON_PAIR.sub(lambda m: "" if _position(m) else m.group(), text)
    return _SPACE_BEFORE_MARK.sub(r"\1", " ".join(out.split())) if out != text else text
