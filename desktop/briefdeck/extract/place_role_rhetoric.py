"""Attacks that hit no place on the map: rhetoric and tallies across a country.

"Any attack on a base where Iraqi forces are present is an attack on Iraq's sovereignty" names
Iraq as what was wronged, not what was hit: an attack on a country's sovereignty, dignity or
security is a figure of speech. "One of at least 14 attacks on U.S. forces in Iraq and Syria"
counts attacks on forces spread over two countries: the countries locate the forces, and
drawing a whole country as attacked would say it was struck. (A town so named stays a
target: "attacks on U.S. forces in Erbil" hit Erbil.)
"""

from __future__ import annotations

import re

# "Iraq's sovereignty", "Jordan's national security": what is wronged, not a place hit
_ABSTRACT_AFTER = re.compile(
    r"['’]s\s+(?:(?:national|territorial|own)\s+)?(?:sovereignty|dignity|honou?r|independence|"
    r"integrity|security|stability|unity|interests|prestige|credibility|reputation|"
    r"constitution|laws?|will|people's\s+will)\b")
# "an attack on the sovereignty of Iraq": the place after the abstract noun
_ABSTRACT_OF = re.compile(
    r"\s*(?:the\s+)?(?:(?:national|territorial)\s+)?(?:sovereignty|dignity|honou?r|"
    r"independence|integrity|security|stability|unity|interests)\s+of\s+(?:the\s+)?")
# "attacks on U.S. forces in Iraq and": forces located in the country, many attacks
_FORCES_IN = re.compile(
    r"\s*(?:(?:U\.S\.|US|American|coalition|foreign|Western|allied|international|Israeli|"
    r"Turkish|Russian|the|its|their)\s+)*(?:forces|troops|personnel|positions|bases|"
    r"installations|facilities|interests|targets|service\s*members|soldiers)\s+"
    r"(?:(?:stationed|based|deployed)\s+)?(?:in|across|throughout)\s+(?:both\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:and|or)?\s*)?")


def no_place_hit(text: str, cue: str, between: tuple[int, int], end: int, kind: str) -> bool:
    """Does an "attack" cue before the place wrong it (its sovereignty), or count attacks on
    forces spread across the country, rather than say the place was hit?"""
    if _ABSTRACT_AFTER.match(text, end):
        return True  # (whatever the cue: "any strike on a base is a blow to Iraq's sovereignty")
    if not cue[:6].lower().startswith("attack"):
        return False
    if _ABSTRACT_OF.fullmatch(text, *between):
        return True
    return kind == "country" and cue.lower().startswith("attacks") and \
        _FORCES_IN.fullmatch(text, *between) is not None
