"""A hedged line gives no place a role.

An analyst's note "TODO confirm rumour that Avenger systems moved from Harir — single source, do
not brief yet" says nothing has been established about Harir: a rumour, an unconfirmed or
unverified report, or a line marked not to be briefed is no withdrawal, reinforcement or attack to
put on the map or the first slide. The place stays "mentioned". (A question is not hedged here: a
reporter's "the attack on Harir, was that last Wednesday?" takes the attack as given; a
notebook's "?? confirm ..." is a check still to make.) A
hedged heading ("Drone hit on Green Village? rumours only") hedges the paragraph under it: in
notes, the heading is where the writer says what the lines below are worth.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HEDGE = re.compile(
    r"\b(?:TODO|TBC|rumou?r(?:s|ed)?|unconfirmed|unverified|uncorroborated|single[- ]sourced?|"
    r"do\s+not\s+brief|not\s+(?:to\s+be|for)\s+brief\w*|"
    r"not\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|verified)|"
    r"could\s+not\s+(?:be\s+)?(?:confirm|verif)\w*|unable\s+to\s+(?:confirm|verify))\b|"
    # a notebook's "?? confirm Patriot or NASAMS at X", "ask re NASAMS at X": still to check
    r"\?\?\s*(?:confirm|check|verify|ask)\b|\bask\s+re\b")


# The end of a line of prose (a sentence or a quotation closed), not of a heading.
_PROSE_END = (".", ",", ";", ":", '"', "'", "”", "’", ")")
HEADING_MAX = 80  # characters: a longer line is a paragraph, not a heading


@lru_cache(maxsize=64)  # (a sentence's places ask one after another)
def hedged(text: str, sent_start: int, sent_end: int) -> bool:
    """Is the sentence a rumour, unconfirmed, or not to be briefed, itself or by the heading
    of its paragraph?"""
    return _HEDGE.search(text, sent_start, sent_end) is not None or \
        under_hedged_heading(text, sent_start)


def under_hedged_heading(text: str, sent_start: int) -> bool:
    """Does the sentence open a line right under a short heading that hedges it? (A line
    that opens with a sentence follows one that ended one, or a heading: no wrapped prose.)"""
    line = text.rfind("\n", max(0, sent_start - 8), sent_start)  # (short looks: cheap)
    if line < 0 or text[line + 1 : sent_start].strip():
        return False
    end = line
    while end > 0 and text[end - 1] in " \t\r\n" and line - end < 8:  # (blank lines between)
        end -= 1
    top = max(0, end - HEADING_MAX - 8)
    head_start = text.rfind("\n", top, end)
    if head_start < 0 and top > 0:
        return False  # a longer line
    heading = text[head_start + 1 : end].strip()
    return 0 < len(heading) <= HEADING_MAX and not heading.endswith(_PROSE_END) and \
        _HEDGE.search(heading) is not None
