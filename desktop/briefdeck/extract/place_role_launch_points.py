"""Where the fire came from is no target.

"Three rockets fired at the air base from the direction of X", "launched from the area of X":
X is the launch point, told after the target; the attack cue before the target reaches X
too, but X was not hit. (A bare "from X" is already read as the attacker's side in
place_roles.is_attacker; this is the longer "from the direction / area / vicinity of X".)
"""

from __future__ import annotations

import re

_FROM_AROUND = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:general|same)\s+)?(?:direction|area|"
    r"vicinity|outskirts|area\s+around|areas?\s+near|side)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)


def launch_point(text: str, sent_start: int, start: int) -> bool:
    """Is the place at start named as where the fire came from ("from the direction of X")?"""
    lo = max(sent_start, start - 45)
    if text.find("from", lo, start) < 0:
        return False
    return _FROM_AROUND.search(text, lo, start) is not None
