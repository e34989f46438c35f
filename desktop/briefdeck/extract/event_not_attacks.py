"""Happenings that kill without an attacker: a disaster or an accident is no attack.

"A magnitude 6.1 earthquake strikes the region, killing four" tells a toll with an attack's
verb; so do "a storm hit the coast" and "a helicopter crash killed two". What struck is a force
of nature or a mishap, not a weapon or an armed party: the happening is told (with its toll) as
one of another kind, never counted among attacks and strikes.
"""

from __future__ import annotations

import re

# the subject of the striking verb, as a report names it
_NO_ATTACKER = re.compile(
    r"\b(?:(?:earth)?quakes?|tremors?|aftershocks?|storms?|floods?|flooding|flash\s+floods?|"
    r"landslides?|mudslides?|avalanches?|"
    # (in lower case: a Typhoon, Tornado or Hurricane is a fighter aircraft)
    r"(?-i:cyclones?|typhoons?|hurricanes?|tornado(?:e?s)?)|"
    r"wildfires?|bushfires?|forest\s+fires?|lightning|heat\s*waves?|tsunamis?|eruptions?|"
    r"accidents?|collisions?|mishaps?|(?:road|traffic|training|car|bus|train|plane|air|"
    r"helicopter|aircraft)\s+crash(?:es)?)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|as)\b|\.\s")


def no_attacker(text: str, c_start: int, t_start: int) -> bool:
    """True when the clause's subject before its verb is a disaster or an accident."""
    head = text[c_start:t_start]
    if len(head) > 120:
        head = head[-120:]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(head)]
    if breaks:
        head = head[breaks[-1]:]
    return _NO_ATTACKER.search(head) is not None
