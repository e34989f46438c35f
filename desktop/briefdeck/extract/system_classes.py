"""Classes of weapon, and how they fold into the named systems a report gives.

"rockets" beside "107 mm Katyusha rockets" are those rockets; "fighter jets" beside F-16s are
those jets; "unmanned aerial systems" are the table's "drones" in the report's own words. These
rules decide which mentions are one system and which are kinds rather than names.
"""

from __future__ import annotations

import re

from briefdeck.extract.system_shapes import KIT_CATEGORY

# "the rockets" after "107 mm Katyusha rockets" are those rockets: folded into the named one.
# Drones are not: "Shahed" and "drones" are often different ones (FPV, decoys,
# reconnaissance), and reports name both.
GENERIC = {"rockets": "rocket"}
# A class that is one named system when the report names it: "C-RAM ... the counter-rocket
# system".
# (a report that spells out "one-way attack UAS" names its "OWA UAS" and drones so too)
# ("cruise missiles" in a report on "anti-ship cruise missiles" are those missiles)
FOLDED = {"counter-rocket systems": "c-ram", "one-way attack drones": "one-way attack uas",
          "cruise missiles": "anti-ship cruise missiles"}
# Classes that add nothing once the report names systems of their kind: "fighter jets" in a
# report on F-16s and F-35s are those jets. (Air defences are not folded so: "air defences"
# beside a Patriot are the base's defences as a whole, briefed as a system of their own.)
COVERED = {"fighter jets": "aircraft", "warplanes": "aircraft", "jets": "aircraft",
           "aircraft": "aircraft"}
# Tankers, airlifters and surveillance planes: named beside "fighter jets", they are not those
# jets ("a Luftwaffe A400M refuels coalition fighter jets").
_SUPPORT_AIRCRAFT = re.compile(r"A400M|Voyager|KC-|C-\d|E-\d|P-8|Y-9|KJ-|Airbus|Boeing|"
                               r"Shadow\s+R1")
# Classes that only a system named by its make covers: "artillery" beside K9
# howitzers, "helicopters" beside Black Hawks (not beside "multiple rocket launchers").
COVERED_BY_NAMED = {"artillery": "artillery", "helicopters": "helicopter"}
_NAMED = re.compile(r"[A-Z0-9]")
# The report's own words for a class the table folds together, kept as the name when the
# report uses them ("unmanned aerial system", "anti-tank missile"): still one system with
# the table's class (_key), so a later "drones" is the same fact.
AS_WRITTEN: dict[str, re.Pattern[str]] = {
    "drones": re.compile(r"unmanned\s+aerial\s+(?:system|vehicle)s?"),
    "anti-tank guided missiles": re.compile(r"anti-tank\s+missiles?"),
    "counter-UAS systems": re.compile(r"counter-(?:small\s+)?unmanned\s+aircraft\s+systems?"),
    "anti-aircraft guns": re.compile(r"anti-aircraft\s+(?:fire|guns?|artillery)"),
    "counter-drone systems": re.compile(r"anti-drone\s+(?:systems?|defen[cs]es)"),
    # (the older "unmanned", which U.S. military documents still write)
    "uncrewed surface vessel": re.compile(r"unmanned\s+surface\s+vessels?"),
}
_SAME_AS: dict[str, str] = {"unmanned aerial system": "drones",
                            "unmanned aerial systems": "drones",
                            "unmanned aerial vehicle": "drones",
                            "unmanned aerial vehicles": "drones",
                            "unmanned surface vessel": "uncrewed surface vessel",
                            "unmanned surface vessels": "uncrewed surface vessel",
                            "anti-tank missile": "anti-tank guided missiles",
                            "anti-tank missiles": "anti-tank guided missiles",
                            **{f"counter-{small}unmanned aircraft system{s}": "counter-UAS systems"
                               for small in ("", "small ") for s in ("", "s")}}
# Kinds of weapon rather than named systems: a name written before one is the system.
CLASSES = frozenset({"guided missiles", "unmanned aerial system", "unmanned aerial systems",
                     "unmanned aerial vehicle", "unmanned aerial vehicles", "rockets", "drones",
                     "missiles", "warplanes", "ballistic missiles",
                     "cruise missiles", "anti-ship cruise missiles", "anti-ship missiles",
                     "mortars", "RF detection sensors", "RF defeat devices",
                     "close-range ballistic missiles", "anti-ship ballistic missiles",
                     "glide bombs", "fighter jets",
                     "air defence systems", "air defences", "artillery", "helicopters",
                     "precision-guided munitions", "counter-rocket systems",
                     "hypersonic missile", "jets", "aircraft", "radar-guided guns",
                     "counter-drone guns", "close-in weapon system", "surface-to-air missiles",
                     *KIT_CATEGORY})


def named_heads(mentions: list) -> dict[str, str]:
    """The head word of each drone the report names by a longer name, to that name's key:
    "one-way attack UAS" then "3x UAS" in the same table is that drone in short ("uas" ->
    "one-way attack uas"), as "the rockets" after "107mm rockets" are those. Only initials
    written as the head are read so (systems.py): a bare "drones" beside "one-way attack
    drones" may be others (a Turkish drone, reconnaissance), as GENERIC says; a head two
    named drones share is neither's."""
    heads: dict[str, set[str]] = {}
    for m in mentions:
        if m.category == "drone" and m.name not in CLASSES and " " in m.name:
            head = m.name.rsplit(" ", 1)[1].casefold().rstrip("s")
            heads.setdefault(head, set()).add(m.name.casefold())
    return {h: next(iter(keys)) for h, keys in heads.items() if len(keys) == 1}
