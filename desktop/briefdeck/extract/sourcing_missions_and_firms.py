"""Two bodies a shipping report cites that the institution words miss: a naval or
diplomatic mission speaking ("The EU's Aspides mission said", "the UN mission said"), and a
ship's firm named with its home port ("Her manager, X Bulk Management of Piraeus, said").
Both speak for themselves: spokesperson sources.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str, int | None]

_VERB = r"(?:said|says|reported|confirmed|announced|stated|added|denied)\b"
# "The EU's Aspides mission said": an owner, maybe the mission's name, then the verb
_MISSION = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:[A-Z][\w.-]*+(?:['’]s)?[ \t]+){1,3}(?:(?:naval|"
    r"maritime|military|monitoring|observer|peacekeeping|political|"
    r"assistance|training)[ \t]+)?mission[ \t]+" + _VERB
)
# "Her manager, X Y Management of Piraeus, said": the firm, its town, then the verb
_FIRM_OF_PORT = re.compile(
    r"(?:[Hh]er|[Ii]ts|[Tt]he[ \t]+(?:ship|vessel|tanker)['’]s)[ \t]+"
    r"(?:manager|owner|operator|charterer|managers|owners),[ \t]+"
    r"(?P<firm>[A-Z][\w&.-]*+(?:[ \t]+[A-Z][\w&.-]*+){0,4})[ \t]+of[ \t]+"
    r"[A-Z][\w-]*+(?:[ \t]+[A-Z][\w-]*+)?,[ \t]+" + _VERB
)


def missions_and_firms(text: str) -> list[Found]:
    """(start, end, kind, count) of each mission or port-named firm speaking."""
    out: list[Found] = []
    at = text.find(" mission ")
    while at >= 0:  # (from each "mission": a scan of every capital costs more)
        m = _MISSION.search(text, max(0, at - 50), at + 20)
        if m and m.end() > at:
            out.append((m.start(), m.end(), "spokesperson", 1))
        at = text.find(" mission ", at + 9)
    for needle in ("manager, ", "owner, ", "operator, ", "charterer, ", "managers, ", "owners, "):
        at = text.find(needle)
        while at >= 0:
            m = _FIRM_OF_PORT.search(text, max(0, at - 30), at + 120)
            if m:
                out.append((m.start(), m.end(), "spokesperson", 1))
            at = text.find(needle, at + 1)
    return out
