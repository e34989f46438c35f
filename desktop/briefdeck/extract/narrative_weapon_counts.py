"""A count of the weapons an attack used is no key point of its own.

"Four one-way attack drones were launched ...; three were shot down" counts the drones of an
attack the points already tell ("30 Nov 2026: attack (drones); 7 wounded."): "Figure: Four
one-way attack drones." under it says nothing new and reads as a separate fact. A count of
weapons destroyed or seized ("destroyed more than 40 one-way attack drones" in a strike on a
depot) is the strike's result, not its means, and stays.
"""

from __future__ import annotations

import re

from briefdeck.model import Event, Figure

# The figure's own sentence tells the weapons used in the attack: flown, fired, brought down
_USED = re.compile(r"\b(?:launch(?:ed|es)?|fired|flown|flew|shot\s+down|intercept(?:ed|s)?|"
                   r"engag(?:ed|es)|down(?:ed)?|struck|hit|targeted|attacked|approached|"
                   r"came\s+in|crashed|impacted)\b", re.I)
_RUNNING = re.compile(r"\b(?:since|so\s+far|in\s+total|total|to\s+date|this\s+(?:year|month))\b",
                      re.I)
_REACH = 200  # characters either side of the count: its sentence


def _stem(word: str) -> str:
    word = word.casefold().strip(" .,;:()")
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", max(0, start - _REACH), start), text.rfind("\n\n", 0, start),
             start - _REACH, 0)
    stop = [i for i in (text.find(". ", end, end + _REACH), text.find("; ", end, end + _REACH))
            if i >= 0]
    return text[lo:min(stop) if stop else min(len(text), end + _REACH)]


def counts_attack_weapons(text: str, figure: Figure, events: list[Event]) -> bool:
    """Does the figure count the weapons an attack or strike of the briefing used?"""
    unit = (figure.unit or "").split()
    if not unit or figure.provenance is None:
        return False
    what = _stem(unit[-1])
    used = {_stem(w.split()[-1]) for e in events if e.kind in ("attack", "strike")
            for w in e.weapons if w.split()}
    if what not in used:
        return False
    prov = figure.provenance
    sentence = _sentence(text, prov.start, prov.end)
    # ("19 drones launched since the start of November": a running count, not one attack's)
    return _USED.search(sentence) is not None and _RUNNING.search(sentence) is None
