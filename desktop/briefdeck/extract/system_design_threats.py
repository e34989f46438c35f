"""A bomb named only as the threat a site was designed against is no weapon of the report.

"The base was built to stop a truck bomb at the gate", "walls designed to withstand a car
bomb": the sentence says what the defences were laid out for, not that anyone used one. A
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


def designed_against(text: str, mention: SystemMention) -> bool:
    """Is this truck or car bomb only what a site was designed to stop?"""
    return (
        mention.name in _BOMBS
        and _DESIGNED_AGAINST.search(text, max(0, mention.start - 40), mention.start) is not None
    )
