"""A short distance from a place is being at it: "a strike about 300 meters from our Tyre
office", "a rocket landed 200m from the gate of X".

"from" before a place usually tells where fire came from ("rockets fired from a truck outside
X"), not where it hit. Measured in meters, yards or feet, it tells how near the happening was
to the place: the happening is there. (Kilometres and miles leave the place a reference point
only: "30 km from X" may be another town.)
"""

from __future__ import annotations

import re

_SHORT = re.compile(
    r"(?:\b\d[\d,.]*+\s*+|\b(?:a\s+)?(?:few\s+)?hundreds?\s+(?:of\s+)?)"
    r"(?:meters|metres|m|yards|yds|feet|ft)\s++$",
    re.I,
)
_REACH = 40


def measured_from(text: str, at: int) -> bool:
    """Does a short distance end just before the "from" at `at`?"""
    return _SHORT.search(text, max(0, at - _REACH), at) is not None
