"""A score on a rating scale, not a count: "16 HIGH", "12 MEDIUM", "1-6 LOW, 8-12 MEDIUM".

A risk register scores each risk (likelihood times impact) and names the band the score falls
in; its legend gives the bands as ranges. Neither counts anything an analyst briefs.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

# The band after the score: in capitals as registers print it ("16 HIGH"), or in title case
# when a cell, a list or the line ends with it ("12 Medium<tab>", "6 Low,")
_BAND_AFTER = re.compile(r"[^\S\n]+(?:(?:VERY[^\S\n]+)?(?:LOW|MEDIUM|MODERATE|HIGH|CRITICAL|SEVERE|"
                         r"EXTREME|SUBSTANTIAL)\b(?![-'’])|(?:Very[^\S\n]+)?(?:Low|Medium|Moderate|"
                         r"High|Critical|Severe|Extreme)[^\S\n]*(?:[\t\n,;)]|$))")


def is_rating(text: str, q: Quantity) -> bool:
    """Is q a score on a rating scale, told by the band named after it?"""
    return not q.money and not q.percent and _BAND_AFTER.match(text, q.end) is not None
