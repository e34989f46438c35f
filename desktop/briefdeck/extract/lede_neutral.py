"""A party's statement told as its claim, in neutral words.

A statement by a party to the fight often opens on its own framing: "The Islamic Revolution
Guards Corps announces that ... targeted two bases of the terrorist American army in Iraq: the
occupied base of Ain al-Asad ...". The first slide keeps the claim and whose it is ("... says
that ...") but not the party's epithets: "terrorist", "occupied", "criminal", "aggressor",
"usurping" said of the other side's forces, bases or state are its words, not the analyst's.
"""

from __future__ import annotations

import re

# An epithet before the other side's forces, bases or state ("the terrorist American army",
# "the occupied base of", "the criminal Zionist regime").
_EPITHET = re.compile(
    r"\b(?:terrorist|criminal|aggressor|aggressive|occupying|occupier|occupied|occupation|"
    r"usurping|usurper|arrogant|infidel|satanic|evil|invading|invader)\s+"
    r"(?=(?:(?:American|U\.?S\.?|US|Zionist|Israeli|Western|NATO|coalition)\s+)?"
    r"(?:army|armies|forces?|troops|military|base|bases|regime|entity|occupiers?|Zionist|"
    r"American|U\.?S\.?\b|US\b|Israeli|coalition))", re.I)
# "announces that", "declares that": a party's statement is what it says.
_ANNOUNCES = re.compile(r"\b(?:announces|declares|proclaims|informs\s+the\s+(?:nation|public|"
                        r"world)|hereby\s+announces)\s+that\b")


def neutral(lead: str) -> str:
    """The lede without a party's epithets for the other side, its statement told as said."""
    if not lead:
        return lead
    out = _EPITHET.sub("", lead)
    out = _ANNOUNCES.sub("says that", out)
    return out
