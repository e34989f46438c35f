"""A system's status in the report, from the words nearest each mention.

Already moved / deployed, plans to move in / in the coming days (arriving), requested, fired
at us (used by adversary); with the guards that keep our own kit and defending fire from
reading as the adversary's weapon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Status cues and the status they give, searched near each mention.
STATUS_CUES: list[tuple[str, str]] = [
    ("used by adversary",
     r"\bfired\b|\blaunched\b|\bhits?\b|\bstruck\b|\bslam(?:s|med)\b|\blanded\b|\bimpacted\b|"
     r"\btargeted\b|\battack(?:ed|s)?\b|\bbarrage\b|\bvolley\b|\bdetonat\w+|\bexplod\w+|"
     r"\bcrashed\s+into\b"),
    ("arriving",
     r"\bplans?\s+to\s+(?:move|send|deploy|bring)\b|\bin\s+the\s+coming\s+(?:days|weeks)\b|"
     r"\bwill\s+(?:soon\s+)?(?:have|get|receive|arrive|deploy|be\s+deployed|be\s+sent)\b|"
     r"\bmoving\s+in\b|\bon\s+(?:the|their)\s+way\b|\ben\s+route\b|\barriv\w+|\bto\s+be\s+sent\b|"
     r"\bto\s+be\s+(?:positioned|deployed|moved|based)\b|\bwill\s+rotate\b|"
     r"\b(?:ordered|approved|authori[sz]ed)\s+the\s+deployment\s+of\b|"
     r"\bwould\s+(?:go|be\s+(?:sent|deployed|moved|positioned))\s+to\b"),
    ("deployed",
     r"\balready\s+(?:moved|deployed|installed|sent|in\s+place)\b|\bdeployed\b|\binstalled\b|"
     r"\bstationed\b|\bhas\s+moved\b|\bhave\s+moved\b|\bnow\s+(?:in\s+place|operational)\b|"
     # "in place by 8 Nov", "operational since June", a map's or log's "(arrived)" tag: there
     # already, not on its way
     r"\b(?:in\s+place|operational|in\s+position)\s+(?:by|since)\b|\((?:arrived|in\s+place)\)"),
    ("requested", r"\brequest(?:ed|s|ing)?\b|\basked\s+for\b|\bseeking\b|\bwants?\b|"
                  r"\bcalls?\s+for\b"),
]
# (every cue opens a word or a "(": the other positions are passed at once, not each cue
# tried there)
STATUS_RE = re.compile(r"(?:(?<!\w)|(?=\())(?:" + "|".join(
    f"(?P<c{i}>{p})" for i, (_, p) in enumerate(STATUS_CUES)) + ")")
STATUS_RANK = ["used by adversary", "deployed", "arriving", "requested", "mentioned"]
NEAR = 60  # characters either side of a mention in which a cue counts
# "American F-15Es ... attack": our own aircraft are not an adversary's weapon.
OURS = re.compile(r"\b(?:U\.S\.|US|American|coalition|Coalition|British|RAF|allied|Allied|"
                  r"NATO|Israeli|French|our)\s+(?:[\w-]+\s+){0,2}$")
# "targeted the base with a one-way attack drone": the weapon of the verb well before it.
WIELDED = re.compile(r"\b(?:with|using)\s+(?:[\w-]+\s+){0,3}$")
FRIENDLY_ACTOR = re.compile(r"\bU\.S\.|\bAmerican\b|\b[Cc]oalition\b|\bIsraeli\b|\bBritish\b|"
                            r"\bPentagon\b|\bCENTCOM\b|\bCentral\s+Command\b")
# "deployed to Kuwait", "arriving in Erbil": where the system is.
WHERE_CUE = re.compile(r"\b(?:to|in|at|into|from)\s+(?:the\s+)?$")


# A cue inside what a bill or a tasking asks to be counted or described ("a report on the
# number and type of air defence systems deployed, including Patriot and THAAD") says nothing
# of where any one system is: none is deployed by those words.
_COUNTED = re.compile(r"\b(?:the\s+)?(?:numbers?|types?|quantit(?:y|ies)|locations?|list|"
                      r"inventory|description)\s+(?:and\s+(?:the\s+)?(?:type|number|location|"
                      r"kinds?)\s+)?of\s+(?:[\w,-]+\s+){0,6}$")


# An aircraft named as what was hit or stood parked is the target of the attack, not its weapon.
_HIT_ON_GROUND = re.compile(r"\b(?:parked|grounded|hitting|hit|struck|striking|damag(?:ed|ing)|"
                            r"destroy(?:ed|ing))\b[^.;:\n]{0,50}$")


# Kit that is fired in defence ("fired 187 Coyote interceptors", "launched Patriots"): firing
# it is no attack, so it is never an adversary's weapon by a firing cue. So is a warship ("a
# U.S. Navy destroyer shot down three drones launched at the ship"): these reports' warships
# are ours or our partners', named by their navy.
_DEFENDING = ("air defence", "interceptor", "vessel", "warship")


@dataclass
class SystemMention:
    name: str
    category: str
    start: int
    end: int
    status: str


def _status_near(text: str, sent_start: int, sent_end: int, start: int, end: int,
                 category: str, theirs: bool = True) -> str:
    """theirs=False: the system is ours (system_sides.py), so no firing cue makes it theirs."""
    lo, hi = max(sent_start, start - NEAR), min(sent_end, end + NEAR)
    best, best_gap = "mentioned", NEAR + 1
    for m in STATUS_RE.finditer(text, lo, hi):
        status = STATUS_CUES[int(m.lastgroup[1:])][0]  # type: ignore[index]
        if status == "used by adversary" and not theirs:
            continue
        if status != "used by adversary" and _COUNTED.search(text, max(sent_start,
                                                                  m.start() - 60), m.start()):
            continue  # "the number and type of systems deployed": what a report is to count
        gap = start - m.end() if m.end() <= start else m.start() - end
        if m.start() < end and m.end() > start:
            continue  # the cue is part of the name
        if status == "used by adversary" and category not in _DEFENDING and \
                m.end() <= start and gap > 12 and \
                WIELDED.search(text, max(sent_start, start - 40), start) and \
                not FRIENDLY_ACTOR.search(text, sent_start, m.start()):
            pass  # "militants targeted the base with a drone": their weapon
        elif status == "used by adversary" and (category in _DEFENDING or (
                m.end() <= start and gap > 12)):
            continue  # "fired" well before the weapon is seldom about it
        if status == "used by adversary" and category in ("aircraft", "helicopter") and (
                OURS.search(text, max(sent_start, start - 40), start) or
                hit_on_ground(text, start, sent_start)):
            continue  # (ours; or "hitting the tail of the parked An-12BK": the target)
        if gap < best_gap:
            best, best_gap = status, gap
    return best


def hit_on_ground(text: str, start: int, sent_start: int) -> bool:
    """Is the aircraft named at start told as hit or parked ("hitting the tail of the parked
    An-12BK"): the attack's target, not its weapon?"""
    return _HIT_ON_GROUND.search(text, max(sent_start, start - 60), start) is not None
