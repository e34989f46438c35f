"""Which tolls the first slide tells, and when it may add them up.

- One strike, several tolls: a record or a wire often gives the same strike's toll from more
  than one teller (the UN's 9 killed, a government's "at least 12", a ministry's 11), each drafted
  as its own event of the same day and kind. The BLUF tells the first-told toll (the report's
  own lead source) and says that accounts differ, never the largest one picked out silently.
- Own forces first: a key point on an attack that wounded U.S. or coalition personnel comes
  before one on an attack that hurt nobody of theirs.
- No grand total across theatres: a list page (a wiki day, a news digest) tells unrelated items
  side by side; their tolls are summed only when the attacks lie in one theatre (three
  countries at most, and never a bulleted list's items across countries).
"""

from __future__ import annotations

import re

from briefdeck.extract.tellings import tellings
from briefdeck.model import Event, Place

_OWN = re.compile(r"^(?:U\.?S\.?|US|American|coalition|Coalition|NATO|allied)\b")
_BULLETED = re.compile(r"^[-•*▪–—]\s")


def _places(e: Event) -> set[str]:
    return {n for n in e.place.split(", ") if n}


def first_told(hurt: list[Event]) -> tuple[list[Event], dict[str, list[Event]]]:
    """Each incident once, as first told (by position in the report; which tellings are one
    incident: extract/tellings.py), and the other tolls told of it, by the first telling's
    id."""
    firsts: set[int] = set()
    rivals: dict[str, list[Event]] = {}
    for first, *others in tellings(hurt):
        firsts.add(id(first))
        differ = [e for e in others if (e.killed, e.wounded) != (first.killed, first.wounded)]
        if differ:
            rivals[first.id] = differ
    return [e for e in hurt if id(e) in firsts], rivals


def own_forces_hurt(e: Event) -> bool:
    return any(_OWN.match(c.party or "") and (c.killed or c.wounded) for c in e.casualties)


def summable(attacks: list[Event], places: list[Place]) -> bool:
    """May the tolls of these attacks be added up as one campaign's?"""
    country = {p.name: p.country for p in places if p.country}
    countries = {country.get(n, "") for e in attacks if e.killed or e.wounded
                 for n in _places(e)} - {""}
    if len(countries) > 3:
        return False
    listed = sum(bool(_BULLETED.match(e.summary or "")) for e in attacks)
    return not (len(countries) > 1 and 2 * listed > len(attacks))


# A move told as to come: "said it would send a Patriot battery to X", "plans to deploy".
_TO_COME = re.compile(r"\b(?:will|would|shall|(?:plans?|planning|intends?|set|due|expected|"
                      r"scheduled|slated|going)\s+to|(?:is|are)\s+to|to\s+be\s+(?:sent|deployed|"
                      r"moved))\b[^.;\n]*$")


# "will join another that moved from X": the place's move is a relative clause's, and done
_DONE_BETWEEN = re.compile(r"\b(?:that|which|who)\s+(?:[\w-]+\s+){0,2}?(?:moved|left|withdrew|"
                           r"pulled|relocated|departed|came|was|were|had)\b")


def told_as_to_come(text: str, start: int) -> bool:
    """Is the move whose place is mentioned at start told in the future, as announced?"""
    m = _TO_COME.search(text, max(0, start - 160), start)
    return m is not None and _DONE_BETWEEN.search(text, m.start(), start) is None
