"""Things shot down. An interception stops an attack (it is part of the attack, or a
happening of its own when a second drone is downed elsewhere); an aircraft downed is a happening
of its own, and a side's word that it downed one ("the group said it had shot down a U.S.
MQ-9") is a claim with no toll of the day's attack."""

from __future__ import annotations

import re

INTERCEPT = re.compile(r"shot\s+down|downed|downing|intercept|knocked\s+down|brought\s+down",
                       re.I)


# "said it had shot down a U.S. MQ-9 Reaper drone over Marib": an aircraft downed is a
# happening of its own (a claim, often), not a weapon of the day's attack stopped
AIRCRAFT_AFTER = re.compile(r"\s+(?:an?|the|one|two)\s+(?:[\w.-]+\s+){0,2}?(?:[MR]Q-\d+\w*|"
                            r"Reaper|Global\s+Hawk|F-\d+\w*|(?:fighter\s+)?jets?|aircraft|"
                            r"planes?|helicopters?)\b")


# "the group said it had shot down", "claimed to have downed": a side's word of its own feat
_CLAIMED_BEFORE = re.compile(r"\b(?:said|says|claimed|claims|announced)\s+(?:that\s+)?"
                             r"(?:(?:it|they)\s+(?:had|has|have)\s+|to\s+have\s+)$")


def claimed_aircraft(text: str, c_start: int, t_start: int, c_end: int) -> bool:
    """Is the clause a side's claim to have downed an aircraft (a claim with no toll of the
    day's attack, and no part of it)?"""
    if not _CLAIMED_BEFORE.search(text, max(c_start, t_start - 40), t_start):
        return False
    m = INTERCEPT.match(text, t_start, c_end)
    return m is not None and AIRCRAFT_AFTER.match(text, m.end(), c_end) is not None


def intercepted(text: str, start: int, end: int) -> bool:
    """INTERCEPT in text[start:end]; each of its words holds "down" or "ntercept", letters no
    other character folds to: most clauses are passed over without the case-blind scan."""
    low = text[start:end].lower()
    if not ("down" in low or "ntercept" in low):
        return False
    m = INTERCEPT.search(text, start, end)
    return m is not None and not AIRCRAFT_AFTER.match(text, m.end(), end)
