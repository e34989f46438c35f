"""A voyage's destination is not where its ship was hit.

Shipping reports place an attack at sea and then say where the ship was going: "hit west of
Mokha while northbound with grain for Jeddah", "a tanker bound for Yanbu", "en route to
Port Sudan". The port after "bound for", "destined for", "en route to" or a cargo "for" is
the voyage's end, not a place attacked.
"""

from __future__ import annotations

import re

# the words right before the place ("northbound with grain for", "bound for", "en route to",
# "carrying fertiliser to"); a weapon "bound for" a base is aimed at it, so the
# words before must name no weapon
_BOUND_FOR = re.compile(
    r"(?:\b(?:(?:north|south|east|west)?bound|destined|headed|heading|sailing|steaming|"
    r"en\s+route|on\s+(?:her|its|their)\s+way)\s+(?:(?:with|carrying)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:for|to)|\b(?:carrying|laden\s+with|loaded\s+with)\s+(?:[\w-]+\s+){1,3}?(?:for|to)|"
    r"\bwith\s+(?:[\w-]+\s+){1,3}?for)\s+(?:the\s+)?(?:(?:port|city)\s+of\s+)?$",
    re.I,
)
_WEAPON = re.compile(
    r"\b(?:drones?|missiles?|rockets?|UAVs?|UAS|shells?|munitions?|"
    r"projectiles?)\b",
    re.I,
)
_CUES = (
    "bound",
    "destined",
    "headed",
    "heading",
    "sailing",
    "steaming",
    "route",
    "way",
    "carrying",
    "laden",
    "loaded",
    "with",
)


def voyage_destination(text: str, start: int) -> bool:
    """Is the place at start named as where a ship (or a cargo) was going?"""
    lo = max(0, start - 60)
    before = text[lo:start]
    low = before.lower()
    if not any(cue in low for cue in _CUES):
        return False
    m = _BOUND_FOR.search(text, lo, start)
    return m is not None and _WEAPON.search(text, max(0, m.start() - 30), start) is None
