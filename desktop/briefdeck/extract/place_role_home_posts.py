"""A unit's home post is not where it was sent.

"Two batteries from 3rd Battalion, 43rd Air Defense Artillery Regiment, Fort Bliss, Texas, in
place since October": Fort Bliss names the unit, as its home station, the way a designation
does; the batteries are in place where the report is about, not in Texas. A post right after a
unit's designation (", Fort Bliss", "of Fort Hood") gets no move and places no deployment.
"""

from __future__ import annotations

import re

# "... 43rd Air Defense Artillery Regiment, " / "... 1st Armored Division of " just before
HOME_POST_BEFORE = re.compile(
    r"\b(?:Battalion|Regiment|Brigade|Division|Wing|Squadron|Group|Battery|Company|Corps|"
    r"Detachment)(?:\s*\([\w\s-]{1,20}\))?(?:,|\s+of)\s+$")
_LOOK = 40  # characters: the designation ends just before the post


def home_post(text: str, start: int) -> bool:
    """Does the place at start follow a unit's designation, as the unit's home post?"""
    return HOME_POST_BEFORE.search(text, max(0, start - _LOOK), start) is not None
