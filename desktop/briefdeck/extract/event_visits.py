"""A relative or visitor arriving is a visit, not a deployment.

"Mom arrived last night", "his wife and parents arrived at the hospital on Monday": a
family's travel told in a personal story (a fundraiser, an obituary, a profile) uses the
same verbs as a unit's move ("arrived", "flew in"); the clause is kept as "other".
"""

from __future__ import annotations

import re

# the subject is (only) a family member or family: "Mom", "his wife and mother", "the family"
_KIN = (
    r"(?:mom|mum|mother|dad|father|parents?|wife|husband|sons?|daughters?|sisters?|"
    r"brothers?|family|grandmother|grandfather|fianc[ée]e?|girlfriend|boyfriend|relatives?)"
)
_KIN_SUBJECT = re.compile(
    r"(?:^|[.;:!?\"“]\s*|\b(?:and|then|when)\s+)(?:(?:my|his|her|their|our|the)\s+)?"
    + _KIN
    + r"(?:\s+and\s+(?:(?:my|his|her|their|our)\s+)?"
    + _KIN
    + r")?\s+(?:(?:also|finally|"
    r"just|had)\s+)?$",
    re.I,
)


def relative_arrived(text: str, clause_start: int, trigger_start: int) -> bool:
    """Is the clause's subject, right before its move word, a relative ("Mom arrived")?"""
    head = text[max(clause_start, trigger_start - 80) : trigger_start]
    return _KIN_SUBJECT.search(head) is not None
