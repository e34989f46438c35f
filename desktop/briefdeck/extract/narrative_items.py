"""A staff summary's numbered items: its first incident leads.

An INTSUM or a SITREP numbers its paragraphs ("1.1 Ain al-Asad Air Base (Anbar). Late on 30
Nov, ...", "3.1 Mission Support Site Conoco ..."), in the order its writer ranks them: the
first incident told is the one the summary leads with, not the one with the biggest toll
further down (another country's, another day's).
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"(?m)^[ \t]*(?:\(\w{1,4}\)[ \t]*)?\d{1,2}\.\d{1,2}\.?[ \t]+[A-Z]")
ITEMS = 3  # numbered paragraphs: a summary's items, not a stray "1.5 km"


def numbered_items(text: str) -> bool:
    """Does the report number its paragraphs as a staff summary does ("1.1", "1.2", ...)?"""
    n = 0
    for _ in _ITEM.finditer(text):
        n += 1
        if n >= ITEMS:
            return True
    return False
