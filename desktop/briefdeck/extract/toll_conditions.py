"""Patients counted by their condition: "2 in serious condition, 1 moderately hurt and 6
lightly hurt", "treated 29 injured people".

Emergency services and hospitals tell the wounded as a list of conditions with no verb of
harm for the whole: the counts of such a list (two conditions or more) add up to the wounded
of the happening. A list "of the injured" breaks down a count told before it, and adds nothing;
so does one condition alone ("All three are in stable condition").
"""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty, count_of
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_words import GROUP_NOUN, ITEM

_COUNT = r"(?P<num>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_GRADE = r"(?:serious|critical|moderate|light|mild|minor|grave|stable|fair|good)"
_HOW = r"(?:seriously|critically|moderately|lightly|slightly|mildly|severely|gravely)"
# one condition of the list: "2 in serious condition", "three are in moderate condition",
# "16 were lightly hurt", "12 lightly hurt people"
CONDITION_RE = re.compile(
    rf"\b{_COUNT}\s+(?:(?:are|is|were|was)\s+)?(?:in\s+(?:a\s+)?{_GRADE}(?:-to-{_GRADE})?\s+"
    rf"condition\b|{_HOW}\s+(?:hurt|injured|wounded)\b)", re.I)
# "evacuated 29 injured people", "18 wounded civilians were taken to hospital"
HURT_GROUP_RE = re.compile(
    rf"\b(?P<num>\d{{1,4}})\s+(?:injured|wounded|hurt)\s+(?P<np>{GROUP_NOUN})\b", re.I)
CONDITION_CUE = re.compile(r"(?i:condition|ly\s+(?:hurt|injured|wounded)|\d\s+(?:injured|"
                           r"wounded|hurt)\s)")
# "Of the injured, two are in serious condition", "three of them lightly hurt": the people of
# a count told already, broken down
_BREAKDOWN = re.compile(r"\b(?:of|among)\s+(?:them|those|these|the\s+(?:injured|wounded|hurt|"
                        r"casualties|patients|victims))\b", re.I)
# "a man of about 60 in serious condition", "aged 34": an age, no count
_AGE_BEFORE = re.compile(r"\b(?:of|about|around|aged?|roughly)\s+$", re.I)


def condition_counts(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """The wounded of a list of conditions, or of "N injured people", when the sentence
    gives no wounded count of its own."""
    if any(c.kind == "wounded" for c in found) or _BREAKDOWN.search(text, start, end):
        return []
    more: list[Casualty] = []
    for m in HURT_GROUP_RE.finditer(text, start, end):
        more.append(Casualty(m.start("num"), m.end(), "wounded", count_of(m.group("num")),
                             "unspecified", m.group("num")))
    if more:
        return more[:1]
    for m in CONDITION_RE.finditer(text, start, end):
        if count_of(m.group("num")) and not _AGE_BEFORE.search(
                text, max(start, m.start() - 12), m.start()):
            more.append(Casualty(m.start("num"), m.end(), "wounded", count_of(m.group("num")),
                                 "unspecified", m.group("num")))
    # a list of conditions, not one ("All three are in stable condition": those told before)
    return more if len(more) > 1 else []


# "Nine people were dead on arrival, and two more died in surgery": a hospital's dead, those
# brought in dead and those who died under its care
ARRIVAL_CUE = re.compile(r"(?i:dead\s+on\s+arrival)")
_MORE = _COUNT.replace("?P<num>", "?P<more>")
_DEAD_ON_ARRIVAL = re.compile(
    rf"{ITEM}\s+(?:were|was)\s+(?:(?:pronounced|declared|brought\s+in)\s+)?dead\s+on\s+arrival"
    rf"(?:[^.;]{{0,40}}?\b{_MORE}\s+(?:more|others?)\s+(?:later\s+)?died\b)?", re.I)


def arrival_dead(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """The dead of "N were dead on arrival" (and "M more died"), when not read already."""
    more: list[Casualty] = []
    for m in _DEAD_ON_ARRIVAL.finditer(text, start, end):
        if any(c.start <= m.start("num") < c.end for c in found) or not count_of(m.group("num")):
            continue
        more.append(Casualty(m.start("num"), m.end("np"), "killed", count_of(m.group("num")),
                             party_of(m.group("np")), m.group("num")))
        if m.group("more") and count_of(m.group("more")):
            more.append(Casualty(m.start("more"), m.end(), "killed", count_of(m.group("more")),
                                 more[-1].party, m.group("more")))
    return more


# "the ambulance was damaged by shrapnel, and its driver was wounded": one person, named by
# the role they had in what was hit
_ROLE_HURT = re.compile(r"\b(?:its|their)\s+(?:driver|pilot|co-pilot|gunner|operator|captain|"
                        r"skipper|navigator)\s+(?:was|had\s+been)\s+(?:also\s+)?(?:\w+ly\s+)?"
                        r"(?P<verb>wounded|injured|hurt|killed)\b", re.I)
ROLE_CUE = re.compile(r"\b(?i:its|their)\s")


def role_hurt(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """One hurt or killed of "its driver was wounded", when not read already."""
    return [Casualty(m.start(), m.end(), "killed" if m.group("verb").lower() == "killed"
                     else "wounded", 1, "unspecified", "")
            for m in _ROLE_HURT.finditer(text, start, end)
            if not any(c.start <= m.start() < c.end or m.start() <= c.start < m.end()
                       for c in found)]
