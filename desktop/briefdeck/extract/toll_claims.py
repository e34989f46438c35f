"""Tolls told as an armed group's claim: "the Islamic Resistance said its attack killed 20
American soldiers", "the group claimed to have killed 12 soldiers". A claim is the attacker's
word, not a count: when the same attack has a toll told otherwise (officials', medics', the
report's own), the event carries that one and the claim stays a quote; a claim that is the
only toll told is the toll (corpus README, "Claimed tolls").

Marked per sentence here (Casualty.claimed); the choice is made where two tellings of a toll
meet (toll_updates.py) and when the event is finished (event_merge.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualty_rows import Casualty

# "claimed to have killed", "claimed the attack, saying it had killed", "claimed that 20
# soldiers were killed": the count is what the claim says ("claimed the lives of three" is a
# toll; "claimed the bombing, which killed 12" is the report's own count)
_CLAIM_SAYS = re.compile(
    r"\bclaim(?:ed|s|ing)?\b(?!\s+the\s+lives?\b)(?:[^.;]{0,80}?[\s,](?:saying|adding|that)\s|"
    r"\s+to\s+have\s|\s+it\s+had\s)", re.I)
_GROUPS = (r"(?:Resistance|Hezbollah|Hizbollah|Houthis?|Ansar\s+Allah|Kataib|Kata'ib|Hamas|"
           r"Islamic\s+State|ISIS|ISIL|IS|Amaq|Shabaab|JNIM|Taliban|militias?|militants|faction|"
           r"rebels|insurgents|RSF|HPG|PKK)")
_TOLD = (r"\b(?:said|says|stated|states|reported|reports|announced|claimed|claims)\b"
         r"(?:[^.;\"“]{0,60}?\s)?(?:that\s+)?")
# what did it: "its attack", "their drones", "ISIS fighters", "an ISIS sniper" (its fighters
# "were killed" are the group's own dead, which it tells as no claim)
_DOER = (r"(?:[\w-]+\s+){0,2}?(?:attacks?|operations?|strikes?|drones?|missiles?|rockets?|"
         r"fighters|forces|mujahideen|snipers?|units?|men)\b"
         r"(?!\s+(?:were|was|had\s+been|have\s+been|are|is)\b)")
# "The Islamic Resistance in Iraq said its attack killed ...", "Amaq reported at 21:05 that
# ISIS fighters attacked ...", "It stated that an ISIS sniper killed": an armed group telling
# what its own attack did (the group named as the teller, or as the doer after "it stated")
_GROUP_TOLD = re.compile(
    rf"(?-i:\b{_GROUPS})\b[^.;]{{0,80}}?{_TOLD}(?:its\s|their\s|(?:an?\s+)?(?-i:{_GROUPS})\s+)"
    rf"{_DOER}|"
    rf"(?-i:\b(?:It|The\s+(?:group|claim|statement|agency)))\s+{_TOLD}"
    rf"(?:an?\s+)?(?-i:{_GROUPS})\s+{_DOER}", re.I)


def claimed_marked(text: str, start: int, found: list[Casualty]) -> list[Casualty]:
    """The counts of found told after a claim's words in their sentence (from start)."""
    last = max(c.start for c in found)
    cue = _CLAIM_SAYS.search(text, start, last) or _GROUP_TOLD.search(text, start, last)
    if cue is None:
        return found
    return [replace(c, claimed=True) if c.start >= cue.end() else c for c in found]


def confirmed_over_claimed(known: list[Casualty], later: list[Casualty]
                           ) -> tuple[list[Casualty], list[Casualty]]:
    """Two tellings of one toll, one a claim: the counts told otherwise stand, the claim's go."""
    if any(c.claimed for c in known) and any(c.count is not None and not c.claimed
                                              for c in later):
        known = [c for c in known if not c.claimed]
    if any(c.claimed for c in later) and any(c.count is not None and not c.claimed
                                              for c in known):
        later = [c for c in later if not c.claimed]
    return known, later
