"""The next match of a pattern ahead of a point, remembered while a caller walks forward.

Each figure of a sentence looks ahead to its clause's end for a time, a relative word or the
next comma; a sentence with hundreds of figures and no comma (a run-on table, a repeated line)
would scan the same stretch once per figure. A match found from one point is still the first
one from any later point before it, and no match from one point means none from later ones,
so the walk reads each stretch once and gives what `pattern.search` gives.
"""

from __future__ import annotations

import re

# pattern -> (text, endpos, pos, match): the last answer per pattern, for one text at a time
_LAST: dict[re.Pattern[str], tuple[str, int, int, re.Match[str] | None]] = {}


def search_ahead(pattern: re.Pattern[str], text: str, pos: int,
                 endpos: int) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)`, reusing the last answer for the same text and end."""
    last = _LAST.get(pattern)
    if last is not None and last[0] is text and last[1] == endpos and last[2] <= pos:
        found = last[3]
        if found is None or found.start() >= pos:
            return found  # no match starts between the two points: the search would agree
    found = pattern.search(text, pos, endpos)
    _LAST[pattern] = (text, endpos, pos, found)
    return found
