"""Namings of a place that only say where something else is, so the place itself was not hit.

"an airstrike hit the market in Bajil, a town in Hodeidah governorate": Bajil was hit, and
Hodeidah only places Bajil (an appositive "X, a town in Y"; "X, the town of Y" names X
itself). "three of the wounded died in Hodeidah's al-Thawra hospital": the city's possessive
places the hospital, where the hurt were cared for. "launcher found in Mayadin countryside",
"a launch rail was recovered near Gwer": where the fire came from, not where it fell.
"""

from __future__ import annotations

import re

# ", a town in", ", a village north of", ", a district of" just before the place
APPOSITIVE_BEFORE = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|district|suburb|area|"
    r"neighbou?rhood|port|region|municipality|settlement)\s+(?:in|of|near|outside|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from))\s+(?:the\s+)?$", re.I)
CARE_AFTER = re.compile(r"['’]s\s+(?:[\w'’-]+\s+){0,3}?(?:hospital|clinic|medical\s+cent(?:er|re)|"
                        r"infirmary)\b", re.I)

# "launcher found in", "launch rail was recovered near", "launch site located outside"
LAUNCH_SITE_BEFORE = re.compile(
    r"\blaunch(?:ers?|\s+(?:rails?|sites?|points?|positions?|pads?|tubes?))\b[^.;|]{0,30}?"
    r"\b(?:found|recovered|located|discovered|seized|spotted|identified|traced|abandoned)\s+"
    r"(?:in|near|at|outside|around|close\s+to)\s+(?:the\s+)?$", re.I)


def only_locates(text: str, sent_start: int, start: int, end: int) -> bool:
    """Is the place at [start, end) named only to say where what was hit is?"""
    if APPOSITIVE_BEFORE.search(text, max(sent_start, start - 48), start) or \
            LAUNCH_SITE_BEFORE.search(text, max(sent_start, start - 80), start):
        return True
    return CARE_AFTER.match(text, end) is not None
