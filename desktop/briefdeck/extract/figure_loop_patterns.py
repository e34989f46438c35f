"""Patterns and word sets the figure loop (figures.py) reads with, kept apart: that module is
full. Each says what it finds where it is used."""

from __future__ import annotations

import re

# The rest of a kit's long name, its short form, then the plural noun a count before it counts.
# ("96 Patriot Advanced Capability-3 Missile Segment Enhancement (PAC-3 MSE) interceptors": a
# short form may hold a digit and a second word)
NAMED_KIT = re.compile(
    r"[^.;:()\n]{0,100}?(?:,\s+or\s+[A-Z][A-Za-z-]{1,7},|"
    r"\s\([A-Z][A-Za-z-]{1,7}(?:\d[A-Za-z]?)?(?: [A-Z]{2,5})?\))"
    r"\s+([a-z][a-z-]{2,}s)\b"
)
# "930 Patriot Advanced Capability-3 Missile Segment Enhancement interceptors": a make's long
# name, all capitalised, then the plural noun counted.
NAMED_RUN = re.compile(r" *(?:[A-Z][\w-]*[^\S\n]+){2,8}([a-z][a-z-]{2,}s)\b")
# A vague force named with what a base hosts: "hosts fighter jets and hundreds of personnel".
HOSTED_WITH = re.compile(
    r"\b(?:hosts?|hosting|houses|housing|home\s+to)\s"
    r"(?:[^.;:]|(?<=\b[A-Z])\.){0,60}?\band\s+$"
)  # ("U.S. jets")
VOLUMES = frozenset({"feet", "metres", "meters", "feet a day", "metres a day", "meters a day"})
NATION_INITIALS = frozenset({"u.s.", "u.k."})
CUT_AT_INITIALS = re.compile(r"[^\S\n]*U\.[SK]\.\n[^\S\n]*[a-z]")
# "a 20-25 KG WARHEAD": the weight unit that opens the noun phrase is what the number measures.
WEIGHT_FIRST = re.compile(r"(kgs?|kilogram(?:me)?s?)\s", re.I)
TYPE_NUMBER_BEFORE = re.compile(r"(?<![\w'’])[Aa] $")
EVIDENCE_QUESTION = re.compile(r"qq?\d{1,4}(?:[-–]\d{1,4})?")
SINGULAR_TAIL = re.compile(r"(?<![s'’])$")  # "statement", "law": not "rockets"
INVARIANT_PLURALS = frozenset(
    "aircraft personnel people police staff militia infantry artillery ammunition".split()
)
