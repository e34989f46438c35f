"""A trade pulling its business out of a place is no force leaving it.

Shipping and market reports say owners "withdrew tonnage from Suez-routed business" or
"pulled capacity out of the Gulf": ships, cargo space or cover taken off a route, not troops
withdrawing from the place. When what is withdrawn, between the cue and the place, is a
trade's stock in trade, the withdrawal cue gives the place no role.
"""

from __future__ import annotations

import re

# what a market takes away (a navy's "withdrew two destroyers" is not here: a force moves)
_TRADE_GOODS = re.compile(
    r"\b(?:tonnage|capacity|cover|insurance|bookings?|sailings?|calls|"
    r"services|business|cargo(?:es)?|freight|liner\s+services?|"
    r"offers|bids|quotes|credit|investment|funding|ads|advertising|"
    r"flights|routes)\b",
    re.I,
)


def trade_withdrawn(text: str, lo: int, hi: int) -> bool:
    """Do the words between a withdrawal cue and its place (text[lo:hi]) name what a trade
    took off a route ("withdrew tonnage from", "pulled capacity out of")?"""
    return hi - lo < 120 and _TRADE_GOODS.search(text, lo, hi) is not None
