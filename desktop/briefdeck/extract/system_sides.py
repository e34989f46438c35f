"""Whose aircraft or missile: a system is the adversary's only when the adversary flies or
fires it.

A firing cue near a jet or a drone ("struck", "hit") says it was used, not by whom. In these
reports our side and its partners fly the strike aircraft: "U.S. F-15E fighter jets and MQ-9
Reaper drones struck six sites", "the Israeli military said its aircraft had struck", "IDF:
fighter jets struck the launchers". Such a system is no adversary's weapon; a Tu-95MS or
"Russian Su-24 ... aircraft" still is. (A drone of ours shot down by them is ours too: only
the models our side flies are read so for drones, as "drones" alone are most often theirs.)
Missiles are read by model only: a Tomahawk is ours, "a missile" says nothing.
"""

from __future__ import annotations

import re

# Models only our side and its partners fly (matched at the start of the system's name).
OUR_MODELS = re.compile(
    r"(?:F-15|F-16|F-22|F-35|F/A-18|FA-18|A-10|AC-130|B-1|B-2|B-52|KC-\d|MQ-\d|RQ-\d|MH-\d|"
    r"UH-60|AH-64|CH-47|E-3|P-8|C-17|C-130|Rafale|Typhoon|Eurofighter|Tornado|Voyager|"
    r"Gripen|Reaper|Predator|Black\s+Hawk|Apache|Chinook)")
# An owner of ours right before the noun: "U.S. occupation forces' warplanes", "IDF fighter
# jets", "an Air Force helicopter", "Turkish warplanes".
OURS_BEFORE = re.compile(
    r"\b(?:U\.S\.|US|American|coalition|Coalition|British|RAF|allied|Allied|NATO|Israeli|IDF|"
    r"IAF|Air\s+Force|French|Italian|German|Turkish|Jordanian|Iraqi|Saudi|Emirati|our|"
    r"Canadian|Australian)\s+(?:[\w'’-]+\s+){0,3}$")
# Who says its own jets struck: "the Israeli military said its aircraft", "IDF: fighter jets",
# "U.S. Central Command said its aircraft", axis outlets' "occupation army ... its warplanes".
FRIENDLY_IN_SENTENCE = re.compile(
    r"\bU\.S\.|\bAmerican\b|\b[Cc]oalition\b|\bIsrael(?:i|\s+Defen[cs]e\s+Forces)\b|\bIDF\b|"
    r"\bIAF\b|\bBritish\b|\bPentagon\b|\bCENTCOM\b|\bCentral\s+Command\b|"
    r"\boccupation\s+(?:army|forces)\b")
# An owner of theirs right before the noun keeps it theirs: "Russian Su-24 ... aircraft".
THEIRS_BEFORE = re.compile(
    r"\b(?:Russian|Syrian|regime|Regime|Iranian|Houthi|Hezbollah|militia|Hamas)\s+"
    r"(?:[\w'’-]+\s+){0,4}$")
FLOWN = ("aircraft", "helicopter")
FLOWN_OR_DRONE = (*FLOWN, "drone")
# Missiles only our side and its partners fire: "Tomahawk land-attack missiles from USS
# Gravely were used" is our strike, whatever firing word stands near ("land-attack").
OUR_MISSILES = re.compile(r"(?:Tomahawk|ATACMS|JASSM|Hellfire|GMLRS|PrSM|Storm\s+Shadow|SCALP|"
                          r"Brimstone|AGM-\d+)")
MISSILES = ("cruise missile", "ballistic missile", "missile")
# The kinds whose side the model or the owner can tell (systems.py restates these).
SIDED = (*FLOWN_OR_DRONE, *MISSILES)


def flown_by_us(text: str, sent_start: int, sent_end: int, start: int, name: str,
                category: str) -> bool:
    """Is the aircraft or drone at start one our side flies, or the missile one our side
    fires (never the adversary's weapon)?"""
    if category in MISSILES:
        return OUR_MISSILES.match(name) is not None
    if category not in FLOWN and category != "drone":
        return False
    if OUR_MODELS.match(name):
        return True
    if category not in FLOWN:
        return False
    lo = max(sent_start, start - 40)
    if OURS_BEFORE.search(text, lo, start):
        return True
    return bool(FRIENDLY_IN_SENTENCE.search(text, sent_start, sent_end)) and \
        not THEIRS_BEFORE.search(text, lo, start)


def ours_to_restate(doc, found: list) -> list:
    """The mentions read as the adversary's that are ours, with their sentences. Once the
    report owns a kind of aircraft ("an Israeli army spokesman wrote: Fighter jets struck",
    "the Israeli military said its fighter jets"), its other mentions are ours too, unless an
    owner of theirs stands right before one ("Russian jets")."""
    text = doc.text
    ours: set[str] = set()
    for f in found:
        if f.category in SIDED and f.name not in ours:
            sent = doc.sentence_at(f.start)
            if sent is not None and flown_by_us(text, sent.start, sent.end, f.start, f.name,
                                                f.category):
                ours.add(f.name)
    out = []
    for f in found:
        if f.status != "used by adversary" or f.name not in ours:
            continue
        sent = doc.sentence_at(f.start)
        if sent is not None and not THEIRS_BEFORE.search(text, max(sent.start, f.start - 40),
                                                         f.start):
            out.append((f, sent))
    return out
