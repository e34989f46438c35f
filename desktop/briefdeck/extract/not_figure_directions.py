"""Directions and the weather a log or report notes: "winds NW 10 kt", "wind from the south
at 15 knots", "3x UAS tracks brg 320".

A duty officer's or master's weather line sets the scene, and a bearing says where tracks came
from: a wind's speed and a bearing's degrees are no count an analyst briefs (a ship's own
speed, "at 12.5 knots", is not weather and stays).
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

# "wind(s)" or "gust(s)/gusting", an optional direction ("NW", "from the north-east"), then
# an optional "at"/"of" right before the number.
_WIND_BEFORE = re.compile(
    r"\b(?:[Ww]inds?|WINDS?|[Gg]ust(?:s|ing)?)\b[^\S\n]*(?:\n[^\S\n]*)*"
    r"(?:(?:from\s+(?:the\s+)?)?(?:[NSEW]{1,3}|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|"
    r"[Nn]orth-?[Ee]ast|[Nn]orth-?[Ww]est|[Ss]outh-?[Ee]ast|[Ss]outh-?[Ww]est|"
    r"[Nn]ortherly|[Ss]outherly|[Ee]asterly|[Ww]esterly)\b)?[^\S\n]*(?:\n[^\S\n]*)*"
    r"(?:(?:at|of)\s+)?$"
)
_SPEED_AFTER = re.compile(r"\s*(?:kts?|knots?|mph|km/h|kph|m/s)\b", re.I)
# "brg 320", "bearing 045": the direction tracks come from, in degrees.
_BEARING_BEFORE = re.compile(r"\b(?:brg|BRG|[Bb]earing|BEARING)\.?\s+$")


def a_direction(text: str, q: Quantity) -> bool:
    """Is q a wind's speed in a weather note, or a bearing?"""
    before = text[max(0, q.start - 40) : q.start]  # (a log may break the line after the
    # direction, so the note can open in the sentence before)
    if (
        "rg" in before[-5:] or "aring" in before[-9:] or "RG" in before[-5:]
    ) and _BEARING_BEFORE.search(before):
        return True
    if not _SPEED_AFTER.match(text, q.end):
        return False
    return ("ind" in before or "IND" in before or "ust" in before) and _WIND_BEFORE.search(
        before
    ) is not None
