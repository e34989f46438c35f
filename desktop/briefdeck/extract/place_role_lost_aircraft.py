"""An aircraft of the report's own side shot down over a place, or landing there: no attack on it.
Nor is the place where a downed drone's wreck lies ("the tail of one of the downed drones in
farmland outside X"): "downed" after an article describes the wreck, where it came to rest.

"Drones shot down over Erbil" tells an attack the air defences stopped, so Erbil was a target
(place_roles.py). "The Houthis said they had shot down a U.S. MQ-9 Reaper drone over Marib",
"Houthis claim MQ-9 shot down over Marib": what came down was a surveillance drone or a jet
flying over the place, and nobody attacked the place itself. The craft shot down is named after
the cue ("shot down a U.S. MQ-9 over"), or, when nothing is named there, before it ("an MQ-9
was shot down over"); a shooter before the cue ("F-15s shot down two drones over X") is no
craft lost. "Six Typhoons landed at Al Udeid Air Base": aircraft arriving, not a rocket that
landed there.
"""

from __future__ import annotations

import re

# Aircraft that fly over a place rather than strike it: surveillance drones, jets, helicopters.
OWN_CRAFT = re.compile(
    r"\b(?:[MR]Q-\d+\w*|Reapers?|Predators?|Global\s+Hawks?|Tritons?|Hermes|Heron|"
    r"F-\d+\w*|F/A-18\w*|fighter\s+jets?|warplanes?|helicopters?|Black\s+Hawks?|"
    r"(?:surveillance|reconnaissance|spy)\s+(?:drones?|planes?|aircraft)|"
    r"(?:U\.S\.|US|American|coalition|British|Israeli)\s+(?:military\s+)?"
    r"(?:drones?|aircraft|jets?|planes?))\b")
AIRBORNE_WEAPON = re.compile(r"\b(?:drones?|UAVs?|UAS|missiles?|rockets?|projectiles?)\b", re.I)


def craft_lost_over(text: str, sent_start: int, cue_start: int, between: str) -> bool:
    """Is what the interception cue at cue_start downed an aircraft of the report's side?"""
    if OWN_CRAFT.search(between):
        return True
    if AIRBORNE_WEAPON.search(between):
        return False  # "F-15s shot down two drones over X": the drones were downed
    return OWN_CRAFT.search(text, max(sent_start, cue_start - 40), cue_start) is not None


FLYING = re.compile(r"\b(?:Typhoons?|Rafales?|Tornados?|fighters?|tankers?|Voyager|C-\d+\w*|"
                    r"transports?|airlifters?|bombers?|aircraft|jets?|planes?|flights?|"
                    r"airliners?)\b")


def aircraft_landed(text: str, sent_start: int, cue: str, cue_start: int) -> bool:
    """Is the "landed at" cue at cue_start told of aircraft arriving?"""
    if not cue.lower().startswith("landed"):
        return False
    lead = text[max(sent_start, cue_start - 120):cue_start]
    return (FLYING.search(lead) or OWN_CRAFT.search(lead)) is not None and \
        AIRBORNE_WEAPON.search(lead) is None


LANDED_BEFORE = re.compile(r"\blanded\s+(?:safely\s+)?(?:at|in|on)\s+(?:the\s+)?$")


def landed_there(text: str, sent_start: int, start: int) -> bool:
    """Is the place at start where aircraft landed ("Typhoons ... landed at X")?"""
    m = LANDED_BEFORE.search(text, max(sent_start, start - 30), start)
    return m is not None and aircraft_landed(text, sent_start, m.group(), m.start())


# "the downed drones in farmland outside", "a downed UAV near": the wreck and where it lies
_WRECK_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+downed\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|aircraft|missiles?|rockets?|"
    r"jets?)\s+(?:[\w'’-]+\s+){0,3}?(?:in|near|outside|at|on|by)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?$", re.I)


def wreck_lies_there(text: str, sent_start: int, start: int) -> bool:
    """Is the place at start where a downed craft's wreck lies ("the downed drones in farmland
    outside X")?"""
    return text.find("downed", max(sent_start, start - 90), start) >= 0 and \
        _WRECK_BEFORE.search(text, max(sent_start, start - 90), start) is not None
