"""A group's claim of its own act belongs to its sourcing: "claimed on Telegram that it had
targeted the base", "X claimed a drone attack on "a base in the north" in a post on Telegram".

What the group says it did, where it says it (its target in its own words) and the channel it
says it on are all the claim's words; the sourcing runs over them.
"""

from __future__ import annotations

import re

# "said in a post that it had attacked", a denial of its part: 'said that it had "no connection"'
_CLAIMED_ACT = re.compile(r"\s+that\s+(?:it|its\s+(?:fighters|forces|members|units|drones))\s+"
                          r"(?:had\s+|has\s+)?(?:targeted|attacked|struck|hit|"
                          r"launched|shelled|downed|shot\s+down)\b"
                          r"|\s+that\s+it\s+(?:had|has)(?=\s+[\"“]?(?:no|nothing)\b)")

# "X claimed a drone attack": the act claimed is the claim's own words.
_CLAIMED_NOUN = re.compile(r"\s(?:an?|the)\s(?:[\w-]+\s){0,2}?(?:attack|strike|raid|bombing)s?\b")
# ... its target in the group's words, quoted ('on "a base in the north"'), then the channel
# ("in a post on Telegram", "on Telegram")
_TARGET_QUOTED = re.compile(r"\s+on\s+(?:\"[^\"\n]{2,60}\"|“[^”\n]{2,60}”)")
_CHANNEL = re.compile(r"\s+(?:in\s+an?\s+(?:[\w-]+\s+)?(?:post|statement|message|video)"
                      r"(?:\s+on\s+[A-Z][\w-]*)?|on\s+(?:Telegram|X|Twitter|Facebook))\b")


def to_claimed_act(text: str, end: int, limit: int) -> int:
    """Where a claiming body's sourcing text[..end] ends, over the act it claims."""
    if text[end - 7:end] == "claimed" and text[end:end + 1] == " ":
        act = _CLAIMED_NOUN.match(text, end, min(limit, end + 40))
        if act is None:
            return end
        target = _TARGET_QUOTED.match(text, act.end(), min(limit, act.end() + 70))
        if target is None:
            return act.end()
        channel = _CHANNEL.match(text, target.end(), min(limit, target.end() + 40))
        return channel.end() if channel else target.end()
    if not text.startswith(" that it", end):  # ("that it had", "that its fighters")
        return end
    act = _CLAIMED_ACT.match(text, end, limit)
    return act.end() if act else end
