"""A body answering another's claim in a relative clause: 'a claim the Pentagon called
"false"', "a claim the ministry dismissed as propaganda". The claim is the other party's; the
body named inside the clause speaks too, giving its word on it (a spokesperson, or whatever
kind its name gives).
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import org_kind
from briefdeck.extract.known_organizations import known_organization

_ANSWERED = re.compile(
    r"\b(?:a|the|that)\s+(?:[a-z]+\s+)?claim\s+(?:that\s+)?(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:has\s+|had\s+)?(?:called|dismissed\s+as|described\s+as|"
    r"rejected|denied|disputed)(?=[\s,.;:])")


_BODY_WORD = re.compile(r"\b(?:Command|Ministry|Army|Forces|Government|Department|Office|"
                        r"Agency|Directorate|Police|Military|Navy|Embassy)\b")


def claims_answered(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, 1) of each body answering a claim in a relative clause."""
    if "claim " not in text:
        return []
    found = []
    for m in _ANSWERED.finditer(text):
        who = m.group("who")
        name = who[4:] if who.startswith("the ") else who
        if known_organization(name) or _BODY_WORD.search(name):  # a body, never a person
            found.append((m.start(), m.end(), org_kind(who), 1))
    return found
