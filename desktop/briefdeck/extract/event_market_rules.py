"""A prediction market's rules: the happenings they name are its conditions, not news."""

from __future__ import annotations

import regex

# "This market will resolve to "Yes" if, between Nov. 2 and Mar. 31, the White House
# officially announces that all forces will leave", "Resolves YES if the base is handed over
# by June 30": a market's rule names what would settle it. A happening told after the "if" (or
# "when", "unless") of a resolution rule is a condition, and its date is the market's deadline.
_RESOLVES_IF = regex.compile(
    r"\bresol(?:ve|ves|ved|ving)\s++(?:to\s++|as\s++)?+[\"“'‘]?+(?:yes|no)\b[\"”'’]?+"
    r"[^.;!?]{0,40}?\b(?:if|when|unless|once)\b",
    regex.I,
)
# "Announcements of partial drawdowns or base closures do not count": a rule's exclusion names
# the kinds of happening that would not settle it, none told
_NOT_COUNT = regex.compile(
    r"\b(?:do|does|will|shall|would)\s++not\s++count\b|"
    r"\b(?:don't|doesn't|won't|don’t|doesn’t|won’t)\s++count\b",
    regex.I,
)


def market_condition(text: str, sent_start: int, t_start: int) -> bool:
    """Is the happening at t_start inside the "if" clause of a market's resolution rule, or
    one its rule says does not count?"""
    tail = text[t_start : t_start + 160]
    cut = min(
        (i for i in (tail.find("."), tail.find(";"), tail.find("\n")) if i >= 0), default=len(tail)
    )
    if "ount" in tail[:cut] and _NOT_COUNT.search(tail, 0, cut):
        return True  # "base closures do not count"
    head = text[sent_start:t_start]
    if "esol" not in head and "ESOL" not in head:
        return False  # no "resolve" before it: nearly every sentence
    return _RESOLVES_IF.search(head) is not None
