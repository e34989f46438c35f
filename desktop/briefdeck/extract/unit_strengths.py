"""A unit's strength is no force level.

"Patriot battery moved from Ain al-Asad to Erbil ... About 120 soldiers." (a map pin's note)
and "About 150 soldiers from the battalion are now at Erbil" count one battery's or one
battalion's people: the key point "Force level: about 120 soldiers" would read as all the
forces the report is about. A troop count told as a unit's (of or from the battery, the
battalion...) or standing alone after a sentence about a unit is that unit's strength.
"""

from __future__ import annotations

import re

from briefdeck.model import Figure

_UNIT = (r"(?:battery|batteries|battalion|company|platoon|squadron|detachment|crew|"
         r"task\s+force|unit)")
# "... soldiers from the battalion", "... personnel of the battery": the count is the unit's
_OF_UNIT = re.compile(rf"(?:\s+[\w.'’-]+){{0,3}}?\s+(?:from|of|in|with)\s+"
                      rf"(?:the|its|their|a|that|this|each)\s+(?:[\w-]+\s+){{0,3}}?{_UNIT}\b",
                      re.I)
_UNIT_WORD = re.compile(rf"\b{_UNIT}\b", re.I)
_STOP = re.compile(r"[.!?](?=[ \t]+[A-Z\"“]|[ \t]*(?:\n|$))|\n")
_FRAGMENT_WORDS = 6  # "About 120 soldiers.": a note's count with no verb of its own
_BACK = 300


def unit_strength(text: str, fig: Figure) -> bool:
    """Is the troop count a unit's strength rather than a force level?"""
    if fig.provenance is None:
        return False
    start, end = fig.provenance.start, fig.provenance.end
    if _OF_UNIT.match(text, end, end + 80):
        return True
    # the count's sentence: from the last stop before it to the next one after it
    lo = max(text.rfind(". ", max(0, start - _BACK), start), text.rfind("\n", 0, start))
    stop = _STOP.search(text, end, end + 80)  # (not the stop of "U.S. troops")
    hi = stop.start() if stop else end + 80
    own = text[lo + 1:hi].split()
    if len(own) > _FRAGMENT_WORDS or lo < 0 or text[lo] != ".":
        return False
    # a fragment: the sentence before it, on the same line, names the unit it counts
    line = text.rfind("\n", 0, lo) + 1
    before = text[max(line, lo - _BACK):lo]
    return _UNIT_WORD.search(before) is not None
