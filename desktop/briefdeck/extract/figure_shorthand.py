"""A reporter's shorthand for what is counted, spelled out; and shorthand that counts nothing.

Notebooks and chat write "4 unfired rkts", "~1,500 ppl incl contractors", "12 civs": the
brief names rockets, people and civilians as a reader would. "2x or 3x drones", "2 of 3 got
through" and "4 US WIA RTD" (returned to duty) put a multiplier sign, a verb or a status where
the noun would be: none of them is what the number counts.
"""

from __future__ import annotations

import re

# Shorthand nouns of notebooks and chats, with the word they stand for.
SHORT_NOUNS = {
    "rkt": "rocket", "rkts": "rockets", "msl": "missile", "msls": "missiles",
    "ppl": "people", "civs": "civilians", "sldrs": "soldiers", "trps": "troops",
    "acft": "aircraft", "vehs": "vehicles",
    # a military log's "6X VEH, 21 PAX": vehicles and personnel (passengers aboard)
    "veh": "vehicles", "pax": "personnel",
}
# A log's multiplier glued to the count, then a one-letter code ("2X L.", "1X A"): a form's
# coded category, which names nothing a reader counts.
_CODED = re.compile(r"X [A-Z]\b(?!\.[A-Z])")
# A multiplier sign, a verb or a status read where the counted noun should be.
NOT_COUNTED = frozenset({"x", "got", "rtd"})


# A dispatch or triage record's "3 PTS" counts patients; it numbers them "PT1", "PT2" too (a
# poll's "3 pts" are points, never so numbered).
_PATIENTS_NUMBERED = re.compile(r"\bPT ?[1-9]\b")


def spelled_out(unit: str, phrase: str, text: str = "") -> str:
    """The unit with shorthand spelled out; "" when the shorthand counts nothing."""
    first = phrase.split(" ", 1)[0].lower()
    if phrase[:3] == "PTS" and first == "pts" and _PATIENTS_NUMBERED.search(text):
        return "patients"  # "M-23: 3 PTS. PT1 ...": three patients
    if first in SHORT_NOUNS:
        return SHORT_NOUNS[first]  # "1,500 ppl incl contractors": people, contractors among them
    head, _, last = unit.rpartition(" ")
    low = last.lower()
    if low in NOT_COUNTED:
        return ""
    if low in SHORT_NOUNS:
        return f"{head} {SHORT_NOUNS[low]}".strip()  # "unfired rkts": unfired rockets
    return unit


def coded_category(phrase: str) -> bool:
    """Is the phrase after a count a form's one-letter code ("LINE 5: 2X L": two litter
    patients in a 9-line request), which names nothing a reader counts?"""
    return phrase[:2] == "X " and _CODED.match(phrase) is not None
