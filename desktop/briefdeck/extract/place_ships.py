"""Ships named after cities: "the destroyer Zibo", "the frigate Linyi", "INS Kolkata".

Navies name warships after cities and provinces (China's Zibo and Linyi, India's Kolkata,
Iran's Sahand); the name after a ship's type word or a navy's prefix is the ship, and so is
the same bare name elsewhere in the report ("the Zibo likely used its gun"), unless a town's
word stands before it ("the port of Zibo", "in Zibo").
"""

from __future__ import annotations

import re

from briefdeck.extract.systems import SHIP_PREFIXES

# A ship's type word (lower case, as reports write it) or a navy's prefix, right before the name.
_SHIP_WORDS = (r"destroyer|frigate|corvette|cruiser|warship|submarine|minesweeper|"
               r"(?:aircraft|helicopter)\s+carrier|(?:amphibious\s+)?assault\s+ship|"
               r"landing\s+ship|patrol\s+(?:ship|vessel|boat)|supply\s+ship|replenishment\s+ship|"
               r"support\s+ship|dock\s+ship|tanker|freighter|bulk\s+carrier|container\s+ship|"
               r"cargo\s+ship|vessel")
SHIP_BEFORE = re.compile(rf"(?:\b(?:{_SHIP_WORDS})|(?<![\w])(?:{SHIP_PREFIXES}))\s+$")
# "the port of Zibo", "in Zibo": the city after all.
TOWN_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|port\s+of|city\s+of|"
                         r"town\s+of)\s+(?:the\s+)?$", re.I)


def ship_names(text: str, mentions: list[tuple[int, int, str]]) -> frozenset[str]:
    """The names, among the mentions (start, end, written) of cities, that the text gives a
    ship: after a ship's type word or a navy's prefix, and no longer name going on."""
    return frozenset(w for s, e, w in mentions
                     if text[s - 1 : s] == " " and SHIP_BEFORE.search(text, max(0, s - 28), s)
                     and not text[e : e + 2].strip(" ")[:1].isupper()
                     and text[e : e + 1] != "-")


def is_ship(text: str, start: int, written: str, ships: frozenset[str]) -> bool:
    """Is this mention of a place's name the ship of that name?"""
    return written in ships and not TOWN_BEFORE.search(text, max(0, start - 14), start)
