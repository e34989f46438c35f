"""A bomb named only as the threat a site was designed against is no weapon of the report.

"The base was built to stop a truck bomb at the gate", "walls designed to withstand a car
bomb", "C-RAM was built to stop rockets and mortars": the sentence says what the defences were
laid out for, not that anyone used one. A
truck or car bomb counts as a system where one is used, found or feared in the story
("destroyed a vehicle-borne improvised explosive device", "will attempt further VBIED
attacks").
"""

from __future__ import annotations

import re

from briefdeck.extract.system_status import SystemMention

# The purpose a site or its walls were built for, right before the bomb.
_DESIGNED_AGAINST = re.compile(
    r"\b(?:built|designed|laid\s+out|meant|intended|planned|hardened)\s+"
    r"(?:to\s+(?:stop|withstand|resist|survive|keep\s+out|defeat|absorb)|against)\s+"
    r"(?:an?\s+|the\s+)?$"
)
_BOMBS = frozenset({"VBIED", "car bombs"})
# So is a class of fire named only as what a defence was built to stop: "C-RAM was built to
# stop rockets and mortars" says what the gun is for, not that anyone fired mortars (the class
# may be the second of a list after the verb).
_FIRE_CLASSES = frozenset({"mortars", "rockets", "artillery"})
_LISTED_BEFORE = re.compile(r"(?:[a-z][a-z-]*(?:,\s*|\s+(?:and|or)\s+)){1,3}$")


def designed_against(text: str, mention: SystemMention) -> bool:
    """Is this truck or car bomb, or this class of fire, only what a site or a defence was
    designed to stop?"""
    if mention.name in _BOMBS:
        return _DESIGNED_AGAINST.search(text, max(0, mention.start - 40),
                                        mention.start) is not None
    if mention.name not in _FIRE_CLASSES:
        return False
    if _DESIGNED_AGAINST.search(text, max(0, mention.start - 40), mention.start):
        return True
    listed = _LISTED_BEFORE.search(text, max(0, mention.start - 50), mention.start)
    return listed is not None and _DESIGNED_AGAINST.search(
        text, max(0, listed.start() - 40), listed.start()) is not None
