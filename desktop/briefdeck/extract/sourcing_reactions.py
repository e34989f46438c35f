"""A body's reaction that is a statement: where it was issued, and what it reacted to.

A bare "Qatar condemned the attack" reports a stance, not a source (sourcing_bodies.py keeps
only a reaction with its own quoted words). A reaction issued somewhere is a statement all the
same: "the embassy condemned the attack in a post on X", "the ministry rejected the claims in
a statement". And the words of a reaction name what it reacted to: the analyst reads "condemned
the strike in a post on X", not "condemned" alone, as the sourcing.
"""

from __future__ import annotations

import re

# a reaction's object, short and unbroken: "the attack", "Sunday's strike on the base"
_OBJECT = r"\s+(?!(?:that|to|as|in|on|by|with|and|but|it)\b)[^,;.:\"“”()]{2,60}?"
# where it was issued: "in a post on X", "in a statement", "in a Telegram message"
_ISSUED = (r"\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|message|"
           r"tweet|communiqu[eé]|release|readout)\b")
ISSUED_IN = re.compile(_OBJECT + _ISSUED)
# ... or its own words after it: 'condemned the strike as "..."', 'condemned the raid, calling
# it "..."'
# ... or 'condemned the attack and called on X "to ..."': its demand in its own words
_OBJECT_BEFORE_WORDS = re.compile(_OBJECT + r"(?=\s+as\s+[\"“]|,\s+(?:calling|describing|"
                                  r"terming|branding)\b|\s+and\s+(?:called|urged|demanded|"
                                  r"vowed)\b[^.;\"“]{0,80}[\"“])")
_REACTED = ("condemned", "denounced", "rejected")
# 'called the attack "terrorism"': what it was called, in its own words, names it too
_CALLED_OBJECT = re.compile(_OBJECT + r"(?=\s+[\"“])")


def issued_reaction(text: str, verb_end: int, limit: int) -> bool:
    """Whether the reaction ending at verb_end was issued in a statement or a post."""
    return ISSUED_IN.match(text, verb_end, limit) is not None


def reaction_end(text: str, end: int, limit: int) -> int:
    """A sourcing that ends on a reaction reaches what it reacted to, where that stands
    before the statement it was issued in or its own words (never past `limit`)."""
    if text.endswith("called", max(0, end - 6), end):
        m = _CALLED_OBJECT.match(text, end, limit)
        return end if m is None else m.end()
    if not text.endswith(_REACTED, max(0, end - 10), end):
        return end
    m = ISSUED_IN.match(text, end, limit) or _OBJECT_BEFORE_WORDS.match(text, end, limit)
    if m is None:
        return end
    return m.end()
