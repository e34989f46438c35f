"""Who moves and what is shot down: guards on a place's reinforcement and attack-target roles.

A place is reinforced when forces go there. "Most have moved north to Tyre" (displaced people)
and "a 737 rotation into Erbil" (an airliner) move no forces, so a movement verb makes a
reinforcement only when its clause names a military mover: troops, a unit, aircraft, ships,
batteries, a named air-defence system. An air-defence system ("Patriot", "THAAD", "air
defences") reinforces a place only when the place is where it goes ("a Patriot battery to
Kuwait"): "air defences near Ruwaished shot down a drone", "air defence across the Red Sea",
"the C-RAM at Erbil has limited coverage" say where defences stand or fight, not that any came.
Defences at a place that intercept, engage or fire ("air defenses at Ain al-Asad intercepted
two drones") say the place was attacked. A drone shot down over a country or region ("RAF
Typhoons destroyed two drones over eastern Syria") was crossing it: that attacks no country.
"""

from __future__ import annotations

import re

# Words naming forces that move: people in uniform, units, aircraft, ships, batteries, systems.
MILITARY_MOVER = re.compile(
    r"\b(?:troops?|forces?|soldiers?|personnel|service\s*(?:members?|men|women)|Marines?|"
    r"sailors?|airmen|paratroopers?|fighters|militants|units?|brigades?|battalions?|"
    r"regiments?|divisions?|compan(?:y|ies)|platoons?|squadrons?|(?:task|strike)\s+force|"
    r"battle\s*groups?|contingents?|detachments?|garrisons?|reinforcements|rotation\s+force|"
    r"[A-Z]*BCTs?|jets?|aircraft|bombers?|warplanes?|helicopters?|"
    r"F-\d+\w*|Typhoons?|Rafales?|Tornados?|Apaches?|"
    r"warships?|destroyers?|frigates?|cruisers?|submarines?|"
    r"USS|HMS|INS|HMCS|HMAS|FS|"
    r"batter(?:y|ies)|Patriots?|THAAD|C-RAMs?|NASAMS|Iron\s+Dome|SAMP/T|IRIS-T|Sky\s+Sabre|"
    r"air\s+defen[cs]es?|launchers?|interceptors?|systems?|radars?|tanks?|armou?r\w*|"
    r"vehicles?|artillery|howitzers?|equipment|weapons|munitions|ammunition|"
    r"MEU|ARG|CSG|ADA)\b"
)
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas)\b|\bbut\b")
# Between an air-defence word and its place: the place is its destination ("a Patriot battery
# to Kuwait", "a Patriot battery from Ain al-Asad Air Base in Anbar to Erbil Air Base", "a
# NASAMS unit and 150 soldiers to protect the airport in X") -> reinforcement; or where it
# stands ("a Patriot battery at Al Udeid", "C-RAM systems in X") -> stationed, a weak one.
_SITE_WORDS = (r"(?:(?:the|its|their|a|an|bases?|sites?|positions?|U\.S\.|American|coalition|"
               r"military|air|naval|airport|city|town|at|in|near|[A-Z][\w'’.-]*)\s+)*")
AD_DESTINATION = re.compile(
    r"\s*(?:[\w/'’-]+\s+){0,9}?(?<!according\s)(?<!due\s)(?:to|into)\s+"
    r"(?:(?:protect|defend|guard|cover|shield|bolster|reinforce)\s+)?" + _SITE_WORDS)
# ("the air defense measures at X", "air defence coverage at X": the word is a modifier of what
# is judged there, no system standing there)
AD_STANDS_AT = re.compile(r"\s*(?!(?:measures|posture|coverage|plans?|gaps?|procedures|"
                          r"readiness)\b)(?:[\w/'’-]+\s+){0,5}?(?:at|in)\s+" + _SITE_WORDS)
AD_PLACE = re.compile(f"(?:{AD_DESTINATION.pattern})|(?:{AD_STANDS_AT.pattern})")
# The defender standing at the place just before a verb of defending: "air defenses at Ain
# al-Asad intercepted", "a Patriot battery at Al Asad fired", "the C-RAM at the BDSC engaged".
DEFENDER_AT_BEFORE = re.compile(
    r"\b(?:air\s+defen[cs]es?(?:\s+systems?)?|Patriots?(?:\s+batter(?:y|ies))?|batter(?:y|ies)|"
    r"C-RAMs?|THAAD|interceptors?|counter-drone\s+systems?)\s+(?:(?:stationed|based|deployed)\s+)?"
    r"(?:at|in|around|protecting|guarding)\s+(?:the\s+)?$")
DEFENDER_THEN_ACTS = re.compile(
    r"\s*(?:(?:system|battery|batteries|had|has|have|also|successfully)\s+)*"
    r"(?:intercept(?:ed|s)|engag(?:ed|es)|fired|shot\s+down|brought\s+down|downed|"
    r"(?:was|were)\s+activated)\b")
# "moved a Patriot battery from Kuwait to the air base at X": words, then "to" and the place.
MOVED_ON_TO = re.compile(r"\s*(?:[\w.'’-]+\s+){0,9}?(?<!according\s)(?<!due\s)(?:to|into)\s+"
                         + _SITE_WORDS)
# "shot down by air defences over the desert near X", "intercepted 5 km west of X"
INTERCEPTED_NEAR = re.compile(
    r"\s*(?:[\w.'’(),-]+\s+){0,8}?(?:near|over|above|at|inside|outside|on|off|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:[\w.'’-]+\s+){0,5}?")
# A weapon in the air between a cue and the place: "destroyed two one-way attack drones over",
# "brought down four Houthi drones and a ballistic missile over".
AIRBORNE = re.compile(r"\b(?:drones?|UAVs?|UAS|missiles?|rockets?|projectiles?|"
                      r"cruise\s+missiles?)\b")
# Verbs of interception; "destroyed" counts when what was destroyed was airborne.
INTERCEPTION = re.compile(r"^(?:shot\s+down|brought\s+down|taken\s+down|intercept\w*|downed|"
                          r"engaged|destroy\w*)", re.I)


def has_military_mover(text: str, lo: int, hi: int) -> bool:
    """Does the clause text[lo:hi] (before a movement verb) name forces that move?"""
    cut = lo
    for m in CLAUSE_BREAK.finditer(text, lo, hi):
        cut = m.end()
    return MILITARY_MOVER.search(text, cut, hi) is not None


def defended_here(text: str, sent_start: int, start: int, end: int) -> bool:
    """Do defences standing at the place fight there ("air defenses at X intercepted ...")?"""
    return DEFENDER_THEN_ACTS.match(text, end) is not None and \
        DEFENDER_AT_BEFORE.search(text, max(sent_start, start - 60), start) is not None


def crossed_not_attacked(cue: str, between: str, kind: str) -> bool:
    """A drone or missile shot down over a country or region: it was passing over it."""
    return kind in ("country", "province", "region") and bool(INTERCEPTION.match(cue)) and \
        (not cue.lower().startswith("destroy") or bool(AIRBORNE.search(between)))
