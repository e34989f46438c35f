"""The dead or hurt told by name and rank, with no count: "Staff Sgt. Jane Roe and Spc. John
Doe were killed." Memorial programmes, unit newsletters and casualty releases name their
fallen instead of counting them; each ranked name joined into the subject is one person.
A rank is required before every name, so "Smith and Jones were wounded" (two surnames that
may be anyone) and "Fort Bliss and Camp X" are never counted.
"""

from __future__ import annotations

import regex

from briefdeck.extract.casualty_rows import Casualty
from briefdeck.extract.person_ranks import RANK

# a rank, then a name of two to four capitalised words (an initial allowed: "Marcus T. Roe")
_NAMED = rf"(?:{RANK})\s++[A-Z][a-z][\w'’-]*+(?:\s++(?:[A-Z]\.|[A-Z][\w'’-]++)){{1,3}}+"
_RANKED_PAIR = regex.compile(
    rf"\b(?P<names>{_NAMED}(?:,\s++{_NAMED}){{0,6}}+,?\s++and\s++{_NAMED})"
    r"\s++(?:were|have\s++been|had\s++been)\s++(?:(?:both|all|also|later)\s++)?"
    r"(?P<verb>killed|wounded|injured)\b"
)
# the verb first: the names are looked for only in the few hundred characters before it
_VERB = regex.compile(
    r"\b(?:were|been)\s++(?:(?:both|all|also|later)\s++)?(?:killed|wounded|"
    r"injured)\b"
)
_REACH = 400
_NAME_RE = regex.compile(_NAMED)


def ranked_names_hurt(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """One casualty count per joined subject of ranked names ("A and B were killed" = 2)."""
    out: list[Casualty] = []
    chunk = text[start:end]
    if " and " not in chunk or not ("killed" in chunk or "wounded" in chunk or "injured" in chunk):
        return out  # (a cheap test first: most sentences name no one hurt)
    for v in _VERB.finditer(text, start, end):
        # (the last match is the one that may end at this verb)
        m = next(
            reversed(list(_RANKED_PAIR.finditer(text, max(start, v.start() - _REACH), v.end()))),
            None,
        )
        if m is None or m.end() != v.end():
            continue
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        count = len(_NAME_RE.findall(m.group("names")))
        if count < 2:
            continue
        kind = "killed" if m.group("verb") == "killed" else "wounded"
        out.append(Casualty(m.start(), m.end(), kind, count, "unspecified", m.group("names")))
    return out
