"""Designator-shaped codes that name a crew or a spot, not an aircraft or a missile.

A fire department's dispatch record lists its apparatus by call sign ("E-21" an engine, "R-22"
a rescue truck, "KFF E-7" a mutual-aid engine), each on a row with its dispatch, en-route and
on-scene times; the narrative then names them again ("E-21 ON SCENE"). A base's map codes
name places the same way ("ZONE F-4", "Gate B-2", "Taxiway C-3"). An "E-7" there is no Wedgetail
and an "F-4" no Phantom.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A row of a unit-status table: the call signs before two or more clock times.
_TIMED_ROW = re.compile(
    r"^(?P<head>[^\n]{0,30}?)[^\S\n]{2,}+\d{1,2}:\d{2}(?::\d{2})?"
    r"[^\S\n]++\d{1,2}:\d{2}",
    re.M,
)
_CODE = re.compile(r"\b[A-Z]{1,3}-\d{1,3}\b")
# The word for a spot before its code: "ZONE F-4", "Gate B-2", "Taxiway C-3", "Bldg E-12";
# a port's berths, quays and yards are numbered so too ("Berth S-7", "Yard C-2"), and a range
# of them names its last one after "to" ("Berths S-5 to S-9").
_SPOT_BEFORE = re.compile(
    r"\b(?:zones?|gates?|sectors?|grid|taxiways?|runways?|pads?|rows?|bays?|area|blocks?|"
    r"bldg|buildings?|hangars?|lots?|apron|ramp|hardstands?|parking|spots?|wards?|"
    r"rooms?|berths?|quays?|piers?|wharfs?|wharves|yards?|docks?|jetty|jetties|terminals?)"
    r"\.?\s+(?:[A-Z]{1,3}-\d{1,3}\s*(?:to|and|or|through|,|-|–)\s*)?$",
    re.I,
)


@lru_cache(maxsize=4)
def _call_signs(text: str) -> frozenset[str]:
    """The codes that head rows of clock times in the text (a dispatch record's units)."""
    if ":" not in text:
        return frozenset()
    signs = set()
    for row in _TIMED_ROW.finditer(text):
        signs.update(_CODE.findall(row.group("head")))
    return frozenset(signs) if len(signs) >= 2 else frozenset()


def crew_or_spot_code(text: str, start: int, end: int) -> bool:
    """Is the designator at [start, end) a unit's call sign or a spot's code?"""
    if _SPOT_BEFORE.search(text, max(0, start - 30), start):
        return True  # "LOCATION: ... ZONE F-4"
    return text[start:end] in _call_signs(text)
