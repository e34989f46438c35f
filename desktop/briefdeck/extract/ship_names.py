"""Ships named after people: "ITS Federico Martinengo (F 596)" is a frigate, no person.

Navies name ships after admirals, heroes and saints, and reports then write the bare name ("the
ministry said Federico Martinengo engaged the drones"). A name the text also writes after a
navy's prefix (ITS, USS, HMS, ...) or before a hull number in brackets ("(F 596)", "(DDG 106)")
is the ship's wherever it stands.
"""

from __future__ import annotations

import re

from briefdeck.extract.systems import SHIP_PREFIXES

# A hull number by a navy's type letters: "(F 596)", "(DDG 106)", "(D656)" (never an age,
# "(52)", nor a congressional seat, "(TX-07)").
_HULL_AFTER = re.compile(r"\s+\((?:DDG|DD|CGN?|CVN?|FF[GH]?|LH[AD]|LPD|LSD|LCS|SS[BG]?N|"
                         r"T-A[A-Z]{1,2}|ESB|EPF|MCM|PC|[FDALPSMKR])[ -]?[1-9]\d{0,3}\)")
_PREFIX_BEFORE = re.compile(rf"(?<![\w])(?:{SHIP_PREFIXES})\s+$")


def ship_named(text: str, name: str) -> bool:
    """Whether the text writes name as a ship's: after a navy's prefix or before its hull
    number. (Each mention is found as plain text: quicker than any pattern over the text.)"""
    at = text.find(name)
    while at >= 0:
        if _PREFIX_BEFORE.search(text, max(0, at - 10), at) or \
                _HULL_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False
