"""An unnamed office holder whose name follows: "according to a spokesman for the command,
Lieutenant Colonel Jane Roe" is a named official.

The scans read "a spokesman for the command" as an office speaking; the name set after it
in apposition (a comma, then a person the people index knows, ending the clause) names who
holds the office, and so the sourcing runs on to the name and names an official.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import person_kind
from briefdeck.extract.people import PeopleIndex

_OFFICE_END = re.compile(r"(?:spokes(?:man|woman|person)|official|officer|commander|"
                         r"director|head|chief)(?:\s+(?:for|of)\s+[^,;]{2,40})?$")
_NAME_ENDS = (".", ",", ";", "\n", ")")
# A relative named after the kinship: "according to his mother, Jane Roe" is the mother.
_KIN_END = re.compile(r"\b(?:his|her|their)\s+(?:[a-z]+\s+)?(?:mother|father|wife|husband|"
                      r"sister|brother|son|daughter|uncle|aunt|cousin|parents?|grandmother|"
                      r"grandfather|fianc[eé]e?|partner)$")


# What a named person heads, in a clause between commas: "Dr. Jane Roe, who directs the
# trauma centre, said" holds the office a title would ("the centre's director").
_WHO_HEADS = re.compile(r",\s+who\s+(?:directs|heads|chairs)\s+(?:the|an?|its|our)\s+[^,;]{2,60},")


def named_after(text: str, start: int, end: int, kind: str,
                people: PeopleIndex) -> tuple[int, str]:
    """(end, kind) of a sourcing text[start:end], run on to a name set after the office."""
    if kind == "other" and ", who " in text[start:end] and _WHO_HEADS.search(text, start, end):
        return end, "named official"
    if text[end:end + 2] != ", ":
        return end, kind
    if kind == "other" and _KIN_END.search(text, max(start, end - 40), end):
        person = people.mention_at(end + 2, end + 60)
        if person and person[0] == end + 2 and text.startswith(_NAME_ENDS, person[1]):
            return person[1], "other"  # a relative speaks for herself: another source
        return end, kind
    if kind not in ("spokesperson", "anonymous official") or \
            _OFFICE_END.search(text, max(start, end - 60), end) is None:
        return end, kind
    person = people.mention_at(end + 2, end + 80)
    if person is None or person[0] != end + 2 or not text.startswith(_NAME_ENDS, person[1]):
        return end, kind
    return person[1], person_kind(person[2], people, text[start:end])
