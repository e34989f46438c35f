"""When a figure's key-fact line is a whole statement, and when a figure is no key fact.

The extractor labels a figure by its amount with where and when ("about 2,000 troops in Syria,
2025", "four Soldiers, April 26"): good for a chart's bar, a fragment on a slide. When the clause
the figure came from says it as a statement ("About 2,000 troops were in Syria in 2025"), the
line is that clause. A distance that only says where something is ("about 30 miles northwest of
Mokha", "about 80km south") locates an event the Situation tells; it is no key fact."""

from __future__ import annotations

import re

# A word that makes a clause a statement: a finite verb, in the forms reports use.
_VERB = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|"
    r"must|should|says?|said|told|hit|struck|shot|fell|left|sent|kept|held|holds?|took|"
    r"takes?|made|makes?|came|comes?|went|goes|began|begins?|remains?|stays?|opens?|"
    r"arrives?|leaves?|plans?|expects?|reports?|claims?|counts?|numbers?|killing|wounding|"
    r"injuring|allows?|permits?|lets|shows?|puts?|gives?|hosts?|employs?|operates?|"
    r"[a-z]{2,}ed)\b")  # (present tense too: 'the command currently allows up to 3,000 people')
# A label's tail of where and when only: "in Syria, 2025", "April 26", "now", "last year".
_WHERE_WHEN_TAIL = re.compile(
    r"(?i)^(?:(?:in|at|near|to|inside|off|across)\s+[^,]{1,40})?(?:,?\s*(?:(?:by|since|until|"
    r"through|before|after|in|from|between|the)\s+)?[^,]{1,30})?$")
_LENGTH_UNITS = frozenset({"km", "mi", "nm", "nmi", "miles", "mile", "nautical miles",
                           "kilometres", "kilometers", "metres", "meters", "m", "ft", "feet"})
# After a distance: where it is from ("northwest of Mokha", "south", "off the coast",
# "short of the base", "astern", "from the border"), a bracketed conversion first.
_LOCATING_AFTER = re.compile(
    r"(?:\s+(?:nautical\s+)?miles?\b)?(?:\s*\([^()]{0,30}\))?\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:ern|wards?)?\b|[NSEW]{1,3}\b|off\b|offshore\b|astern\b|short\b|away\b|from\b|"
    r"outside\b|beyond\b|inland\b)")


def reads_whole(clause: str, lead: str, rest: str = "") -> bool:
    """Does the source clause say the figure as a statement, beyond its counted phrase, and
    name every place and date the label's tail names ('in Tyre, Saida and Nabatieh' is not
    told by '41 shelters open in Tyre')?"""
    words = clause.replace("…", " ").split()
    said = clause.casefold()
    return len(words) >= len(lead.split()) + 2 and _VERB.search(clause) is not None and \
        all(name.casefold() in said for name in _NAMED.findall(rest))


_NAMED = re.compile(r"\b[A-Z][\w'’-]*|\d+")
# a clause that starts with its verb has lost its subject to an aside set off by commas
# ('Base air defenses, including a C-RAM system, destroyed two of them')
_VERB_FIRST = re.compile(r"(?:destroyed|intercepted|killed|wounded|injured|struck|hit|shot|"
                         r"downed|said|reported|fired|launched|targeted|damaged)\s")


def starts_with_verb(words: str) -> bool:
    return _VERB_FIRST.match(words) is not None


def label_tail_only(rest: str) -> bool:
    """Is what a label says beyond its amount only where and when ('in Syria, 2025')?"""
    return bool(rest) and len(rest) <= 60 and _WHERE_WHEN_TAIL.match(rest) is not None


def locates_only(unit: str, source_text: str, end: int) -> bool:
    """Is a distance ending at `end` of the source said only to place something?"""
    return (unit or "").strip().casefold() in _LENGTH_UNITS and \
        _LOCATING_AFTER.match(source_text, end) is not None
