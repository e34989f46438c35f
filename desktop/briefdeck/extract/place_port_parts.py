"""A port's or a seafront's part named by a compass word ("the South Port", "the North Beach
area", "Old Harbour") is a part of the town the report is about, placed at that town: a ship
agent's or a port authority's notice names the berths, gates and beaches of its own port
without naming the port again each time.

The town is the one the text names most often (at least twice, more than any other): a
report on one port names it throughout, while the cargo's destination or the owner's city
appears once.
"""

from __future__ import annotations

import re
from collections import Counter

from briefdeck.extract.place_road_sites import overlaps_mention

_PART = re.compile(r"(?<![\w'’-])(?:North|South|East|West|Northern|Southern|Eastern|Western|"
                   r"Old|New|Main)\s+(?:Port|Harbou?r|Beach|Quay|Marina|Pier|Basin)\b")
_CHEAP = (" Port", " Harbour", " Harbor", " Beach", " Quay", " Marina", " Pier", " Basin")


def _main_town(raw: list):
    """The city the text names most often, if one stands out."""
    counts = Counter(r[2].name for r in raw if r[2].kind == "city" and r[2].lat is not None)
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return next(r[2] for r in raw if r[2].name == top[0][0])


def port_parts(text: str, raw: list) -> list:
    """The compass-named parts of the report's town to add to raw ((start, end, entry,
    written) mentions)."""
    if not any(w in text for w in _CHEAP):
        return []  # the cheap test: most reports name no such part
    parts = list(_PART.finditer(text))
    if not parts:
        return []
    town = _main_town(raw)
    if town is None:
        return []
    from briefdeck.geo.gazetteer import GazetteerEntry

    spans = sorted((r[0], r[1]) for r in raw)
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    added = []
    for m in parts:
        a, b = m.span()
        if overlaps_mention(starts, ends, a - 2, b + 2):
            continue  # part of a known name ("Port Sudan Southern Port"), or one itself
        name = " ".join(m.group().split())
        entry = GazetteerEntry(name, "installation", town.country, town.lat, town.lon, "city",
                               source="text", notes=f"part of {town.name}")
        added.append((a, b, entry, name))
    return added
