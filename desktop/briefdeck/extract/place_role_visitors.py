"""Visitors travelling: "The delegation landed at X", "The delegation left Y early".

Trip reports, itineraries and visit stories tell where a delegation, a minister or lawmakers
went. Their landing at a base is no rocket landing there, and their leaving a city is no force
withdrawing from it: a cue of travel ("landed at", "left", "arrived in", "departed") whose
subject, just before it in its clause, is such a visitor sets no role.
"""

from __future__ import annotations

import re

# the travel verbs whose subject decides: a visitor's are journeys, no military move
_TRAVEL_CUE = re.compile(r"(?:land|arriv|leav|left|depart|exit|fl[eiy]|flown|drove|return)", re.I)
# the visitor, then only adverbs or auxiliaries before the verb ("The delegation then", "the
# secretary's party had"): "the minister said troops left" names other movers
_VISITOR_BEFORE = re.compile(
    r"\b(?:(?:congressional\s+|staff\s+|visiting\s+|U\.S\.\s+|the\s+)?delegations?|CODEL|"
    r"STAFFDEL|lawmakers|legislators|senators|congress(?:wo)?men|(?:the|our)\s+members|"
    r"members\s+of\s+(?:Congress|Parliament|the\s+delegation)|visitors|(?:the\s+)?envoys?|"
    r"(?:the\s+)?(?:prime\s+)?minister(?:['’]s\s+party)?|(?:the\s+)?secretary(?:['’]s\s+party)?|"
    r"(?:the\s+)?president(?:['’]s\s+party)?|ambassadors?|diplomats)"
    r"(?:\s+(?:then|later|also|first|finally|again|itself|themselves|had|has|have|was|were|"
    r"will|would|safely))*+\s*+$",
    re.I,
)


def visitor_travels(text: str, sent_start: int, cue_start: int, cue: str) -> bool:
    """Is the travel cue at cue_start told of visitors (a delegation, a minister) on a trip?"""
    if not _TRAVEL_CUE.match(cue):
        return False
    return _VISITOR_BEFORE.search(text, max(sent_start, cue_start - 60), cue_start) is not None
