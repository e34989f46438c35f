"""Namings of a place that only say where something else is, so the place itself was not hit.

"an airstrike hit the market in Bajil, a town in Hodeidah governorate": Bajil was hit, and
Hodeidah only places Bajil (an appositive "X, a town in Y"; "X, the town of Y" names X
itself). "three of the wounded died in Hodeidah's al-Thawra hospital": the city's possessive
places the hospital, where the hurt were cared for. "launcher found in Mayadin countryside",
"a launch rail was recovered near Gwer": where the fire came from, not where it fell.
"a drone struck the base in western Iraq": the base was hit; the country or province after
a site the report has named only says where the site is (a town so named stays hit: "the
market in Bajil"). "hit a building in Aitaroun, about 3 km east of Bint Jbeil": a distance and
a bearing from a place, after the place hit, make it a point to measure from.
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
# "in Aitaroun, about 3 km east of", "at Tower 22, 5 miles from": a point measured from, after
# the place named as hit (alone, "struck 70 nautical miles off X" marks X: nothing nearer is
# named)
_DISTANCE_FROM = re.compile(
    r"\b(?-i:[A-Z])[\w'’-]*+,\s++(?:(?:about|some|roughly|around|nearly|approximately|just)\s+)?"
    r"\d[\d.,]*+\s*+(?:-\s*)?(?:km|kilomet(?:er|re)s?|miles?|NM|nautical\s+miles?|"
    r"met(?:er|re)s?|m)\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:ern)?\s+(?:of|from)|from|outside|away\s+from|short\s+of)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|port)\s+of\s+)?$", re.I)


# "fired at the tanker Sea Lark about 70 nautical miles west of": a named vessel at sea was
# the target, the port a point its position is measured from
_VESSEL_AT_DISTANCE = re.compile(
    r"\b(?:ship|vessel|tanker|freighter|carrier|bulker|dhow|boat)\s+(?:(?-i:[A-Z])[\w'’-]*\s+)"
    r"{1,3}(?:(?:about|some|roughly|around|nearly|approximately|just)\s+)?\d[\d.,]*+\s*+"
    r"(?:km|kilomet(?:er|re)s?|miles?|NM|nautical\s+miles?)\s+(?:(?:to\s+the\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)|from|off)\s+"
    r"(?:the\s+)?(?:(?:town|city|port)\s+of\s+)?$", re.I)


def only_locates(text: str, sent_start: int, start: int, end: int) -> bool:
    """Is the place at [start, end) named only to say where what was hit is?"""
    if APPOSITIVE_BEFORE.search(text, max(sent_start, start - 48), start) or \
            LAUNCH_SITE_BEFORE.search(text, max(sent_start, start - 80), start):
        return True
    if _DISTANCE_FROM.search(text, max(sent_start, start - 80), start):
        return True  # "3 km east of X": measured from X
    if _VESSEL_AT_DISTANCE.search(text, max(sent_start, start - 120), start):
        return True  # "the ship Sea Lark 40 miles off X": the ship was hit, at sea
    return CARE_AFTER.match(text, end) is not None


# "struck the base in western", "its outpost in": a site already named, then where it lies.
# (An unnamed one, "an outpost in the Metina region", has no point of its own: the region is
# the best place of the target.)
SITE_IN_BEFORE = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?:[\w.'’-]+\s+){0,2}?"
    r"(?:bases?|air\s?bases?|airbases?|outposts?|camps?|garrisons?|installations?|"
    r"facilit(?:y|ies)|compounds?|airports?|airfields?|positions?|posts?|barracks|depots?|headquarters|"
    r"embassy|consulate)\s+(?:in|inside)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|"
    r"central|upper|lower)[\w-]*\s+)?$", re.I)
BROAD = ("country", "province", "region")


def locates_a_site(text: str, sent_start: int, start: int, kind: str) -> bool:
    """Is the country, province or region at start named after a site ("the base in western
    Iraq") only to say where that site is?"""
    return kind in BROAD and \
        SITE_IN_BEFORE.search(text, max(sent_start, start - 70), start) is not None
