"""A happening whose line names no one and nowhere is no situation point.

The key points fill up with events after the attacks; an event that is neither an attack nor
a strike, with no place, whose line names nobody ("Mom arrived last night" in a family's
update; "In their statement of 25 November they said ..." where the owner was named sentences
before) tells an analyst nothing once it stands alone on a slide: who arrived, who said it?
"""

from __future__ import annotations

import re

# A line that opens on whose words it is without naming them: "In their statement ...",
# "They said ...", "His family ..." (not "It is understood that ...": no one is pointed at).
_POINTS_BACK = re.compile(
    r"(?:(?:In|At|On|By|According to)\s+)?(?:they|their|he|his|she|her|its|them)\b",
    re.IGNORECASE,
)
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday i".split()
)
# A family's own: "Mom arrived last night" names someone only the family knows.
_KIN = frozenset(
    "mom mum dad mother father brother sister wife husband son daughter grandma grandpa "
    "grandmother grandfather aunt uncle cousin family".split()
)
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def names_no_one(summary: str) -> bool:
    """Does the line open on a pronoun ("In their statement they said"), or on a family
    member with nothing else named in capitals ("Mom arrived last night")?"""
    text = (summary or "").strip().lstrip("\"“‘'(")
    if not text:
        return True
    if _POINTS_BACK.match(text):
        return True
    words = _WORD.findall(text)
    if not words or words[0].casefold() not in _KIN:
        return False
    return not any(w[0].isupper() and w.casefold().rstrip(".") not in _CALENDAR for w in words[1:])


def unnamed_point(kind: str, place: str, summary: str) -> bool:
    """An event that is no act of violence, placed nowhere, told in a line naming no one."""
    return kind not in ("attack", "strike") and not (place or "").strip() and names_no_one(summary)
