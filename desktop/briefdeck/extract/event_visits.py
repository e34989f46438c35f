"""A relative or visitor arriving is a visit, not a deployment; a visit dated in an attack's
clause is no attack.

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


# "the facts of the strike on X on 22 November, ... ahead of the congressional delegation
# visit to X on 1 December": a visit, dated in the strike's clause, tells no strike
_VISIT = re.compile(r"\b(?:visits?|trip|tour|codel|delegation)\b", re.I)


def visit_piece(text: str, n: int, p_start: int, p_end: int, t_start: int) -> bool:
    """Is a later piece of a clause cut by its dates (not the one with the clause's action
    word) about a visit?"""
    return n > 0 and not p_start <= t_start < p_end and \
        _VISIT.search(text, p_start, p_end) is not None
