"""A claim of responsibility for an act the report tells elsewhere ("A group claimed the
attack in a post online; ...") is no lede: the act comes first, the claim follows it."""
from __future__ import annotations

import re

# (anchored at the sentence's start and bounded: a subject of a few words, then "claimed
# (responsibility for) the/this/that <act>"; "claimed to have hit ..." tells an act, not one
# told elsewhere, and is left alone)
_CLAIMED_TOLD_ACT = re.compile(
    r"[^.;:\n]{0,90}?\bclaimed\s+(?:(?:full\s+)?responsibility\s+for\s+)?"
    r"(?:the|this|that|these|those|its|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's|Sunday's)\s+(?:\w+\s+){0,2}?"
    r"(?:attacks?|strikes?|bombings?|ambush(?:es)?|raids?|shelling|barrage|assault|operation)\b",
    re.I)


def claims_told_act(words: str) -> bool:
    """Does the sentence open by claiming an act told elsewhere in the report?"""
    return _CLAIMED_TOLD_ACT.match(words) is not None
