"""A day in a bracketed citation: "four wounded (CENTCOM, 28 Nov)", "(Telegram, Nov 22)".

A changelog, a wiki or an analyst's note credits a figure to the body that gave it and the
day it gave it, in brackets after the figure. That day is when the source told, not when
anything happened: the toll belongs to the happening the sentence names, on its own day.
Only a teller written as an acronym (CENTCOM, SDF, SOHR) or a channel (Telegram, X) counts:
"(Qasrak, 15 Nov)" names a place and its happening's day.
"""

from __future__ import annotations

import regex

# "(CENTCOM, " / "(per CJTF-OIR, " / "(SFA Telegram, " just before the day ...
_CITE_OPENS = regex.compile(
    r"\((?:per[ \t]+|via[ \t]+)?(?:[A-Z][A-Z0-9]++(?:-[A-Z0-9]++)*+|Telegram|Twitter|X)"
    r"(?:[ \t]++(?:on[ \t]++)?(?:[A-Z][A-Z0-9]++|Telegram|Twitter|X)){0,2}+,\s++$"
)
# ... and the bracket closing just after it
_CITE_CLOSES = regex.compile(r"[ \t]*+\)")


def cited_day(text: str, start: int, end: int) -> bool:
    """True when the date at text[start:end] closes a bracketed "(TELLER, day)" citation."""
    if text.find("(", max(0, start - 40), start) < 0:  # (cheap gate: no bracket just before)
        return False
    return bool(_CITE_CLOSES.match(text, end)) and bool(
        _CITE_OPENS.search(text, max(0, start - 40), start)
    )
