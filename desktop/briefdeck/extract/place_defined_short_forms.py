"""A place's short form the report defines itself: "the Harrow Ridge Landing Zone (HRLZ)".

Forms and orders name a site in full once, with its initials in brackets, and use only the
initials after ("HRLZ was attacked"). Each later stand-alone use is a mention of that place,
so its role and the events' memory of the last-named base see it. The bracketed word must be
the initials of the name as written (acronyms.py), so "(AP)" or "(Photo)" defines nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefdeck.extract.acronyms import _spells

# the brackets right after the name, on its line: "Landing Zone (HRLZ)"
_DEFINED_AFTER = re.compile(r"[ \t]?\((?P<short>[A-Z]{2,6})\)")
_CAPS_WORD = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")


def defined_short_forms(text: str, raw: list[tuple]) -> list[tuple]:
    """(start, end, entry, written) for each later use of a place's defined initials."""
    defined: dict[str, tuple[int, object]] = {}  # short form -> (where defined, place)
    for _start, end, entry, written in raw:
        m = _DEFINED_AFTER.match(text, end)
        if m and m.group("short") not in defined and _spells(m.group("short"), written):
            defined[m.group("short")] = (m.end(), entry)
    if not defined:
        return []
    spans = sorted((r[0], r[1]) for r in raw)
    starts = [s for s, _ in spans]
    added: list[tuple] = []
    for use in _CAPS_WORD.finditer(text, min(at for at, _ in defined.values())):
        short = use.group()
        if short not in defined or use.start() < defined[short][0]:
            continue
        i = bisect_right(starts, use.start()) - 1  # the mention before: "MSS Shaddadi" holds
        if i >= 0 and spans[i][1] > use.start():  # its own initials already
            continue
        added.append((use.start(), use.end(), defined[short][1], short))
    return added
