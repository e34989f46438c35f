"""A country named beside an attack but not hit by it: the owner of what was hit, or a border.

"attacks on United States installations" names whose installations were hit, abroad; "the
garrison at al-Tanf, near the border with Jordan and Iraq" names the neighbours only to place
the garrison. Neither country was attacked. Only broad places (a country, a province, a
region) are read so: a town named before "installations" is where they stand.
"""

from __future__ import annotations

import regex

# "United States installations", "U.S. forces", "American bases": the owner of the sites hit.
_OWNED_AFTER = regex.compile(
    r"[ \t]++(?:(?:military|diplomatic|government)[ \t]++)?"
    r"(?:installations?|bases|facilities|facility|forces|troops|personnel|service[ \t]++members|"
    r"soldiers|positions|embassy|embassies|interests|assets|outposts|garrisons)\b"
)
# (not "a Kuwait air base": a base named by its host country, which was hit where it stands)
# "near the border with Jordan and Iraq", "the borders of Syria, Iraq and": neighbours named
# to place something else (the words between may be other neighbours and "and" / ",").
_BORDER_BEFORE = regex.compile(
    r"\b(?:border|borders|frontier|tri-?border|boundary)[ \t]++(?:with|of)[ \t]++(?:the[ \t]++)?"
    r"(?:[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){0,2}+[ \t]*+(?:,|and|or)[ \t]++"
    r"(?:the[ \t]++)?){0,3}+$"
)
_LOOK = 90  # characters before the name: the border phrase and two neighbours


def not_the_target(text: str, sent_start: int, start: int, end: int) -> bool:
    """Is the country named at text[start:end] the owner of what was hit, or a border?"""
    if _OWNED_AFTER.match(text, end, min(len(text), end + 40)):
        return True
    lead = text[max(sent_start, start - _LOOK) : start]
    low = lead.lower()
    if "border" not in low and "frontier" not in low and "boundary" not in low:
        return False  # (the cheap test first)
    return _BORDER_BEFORE.search(lead) is not None
