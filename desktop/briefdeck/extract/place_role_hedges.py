"""A hedged line gives no place a role.

An analyst's note "TODO confirm rumour that Avenger systems moved from Harir — single source, do
not brief yet" says nothing has been established about Harir: a rumour, an unconfirmed or
unverified report, or a line marked not to be briefed is no withdrawal, reinforcement or attack to
put on the map or the first slide. The place stays "mentioned". (A question is not hedged here: a
reporter's "the attack on Harir, was that last Wednesday?" takes the attack as given.)
"""

from __future__ import annotations

import re
from functools import lru_cache

_HEDGE = re.compile(
    r"\b(?:TODO|TBC|rumou?r(?:s|ed)?|unconfirmed|unverified|uncorroborated|single[- ]sourced?|"
    r"do\s+not\s+brief|not\s+(?:to\s+be|for)\s+brief\w*|"
    r"not\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|verified)|"
    r"could\s+not\s+(?:be\s+)?(?:confirm|verif)\w*|unable\s+to\s+(?:confirm|verify))\b")


@lru_cache(maxsize=64)  # (a sentence's places ask one after another)
def hedged(text: str, sent_start: int, sent_end: int) -> bool:
    """Is the sentence a rumour, unconfirmed, or not to be briefed?"""
    return _HEDGE.search(text, sent_start, sent_end) is not None
