"""A site the gazetteer lacks, located by the road it stands on: "Pumping Station 3 on the
Dunmore-Kelby road" is the station, placed between the two towns the road joins (at the one
the report names elsewhere when the other is unknown). Utility notices and incident logs place
their numbered installations this way ("Substation 12", "Well 4"), never by coordinates, and
without this the site is lost: its name is no known place.

Only a capitalised name that ends with a number or a site word counts, and only when a town
the report names elsewhere heads or ends the road's name.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.geo.towns import km

# "on the Dunmore-Kelby road": the road named after the two places it joins.
_ROAD = re.compile(r"(?<![\w-])on\s+the\s+(?P<a>[A-Z][\w'’]+)[-–‐](?P<b>[A-Z][\w'’]+)\s+"
                   r"(?:road|highway|Road|Highway)\b")
# The site right before it: capitalised words ending with its number ("Pumping Station 3",
# "Well 4B") or a site word ("Kelby Reservoir").
_SITE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’]+\s+){1,3}(?:\d{1,3}[A-Z]?|[A-Z]-?\d{1,3})|"
    r"(?:[A-Z][\w'’]+\s+){1,3}(?:Station|Substation|Reservoir|Plant|Depot|Works|Well|"
    r"Junction|Checkpoint|Tower|Terminal))\s*,?\s*$")
_NOT_HEADS = frozenset({"The", "A", "An", "Our", "Its", "Their", "This", "That", "At", "In",
                        "On", "Near", "And", "Of", "To"})
JOINED_KM = 60  # two towns a local road joins lie this close; farther, it is no such road


def road_sites(text: str, raw: list) -> list:
    """The sites of raw ((start, end, entry, written) mentions) to add: each named site on a
    road named after a known place."""
    if " road" not in text and " Road" not in text and "ighway" not in text:
        return []  # most reports name no road: the text is not scanned
    from briefdeck.geo.gazetteer import GazetteerEntry

    by_name = {}
    for r in raw:
        if r[2].kind in ("city", "installation") and r[2].lat is not None:
            by_name.setdefault(r[3], r[2])
    if not by_name:
        return []
    spans = sorted((r[0], r[1]) for r in raw)
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    added = []
    for road in _ROAD.finditer(text):
        joined = [by_name.get(road.group("a")), by_name.get(road.group("b"))]
        known = [e for e in joined if e is not None]
        if not known:
            continue
        m = _SITE_BEFORE.search(text, max(0, road.start() - 60), road.start())
        if m is None:
            continue
        a, b = m.span("name")
        words = m.group("name").split()
        while len(words) > 1 and words[0] in _NOT_HEADS:
            a = text.index(words[1], a + len(words[0]))
            words = words[1:]
        if len(words) < 2 or overlaps_mention(starts, ends, a, b):
            continue  # a bare word, or a known place's name
        if len(known) == 2 and km(known[0].lat, known[0].lon, known[1].lat,
                                  known[1].lon) <= JOINED_KM:
            lat = (known[0].lat + known[1].lat) / 2
            lon = (known[0].lon + known[1].lon) / 2
            where = f"between {known[0].name} and {known[1].name}"
        else:
            lat, lon, where = known[0].lat, known[0].lon, f"at {known[0].name}"
        name = text[a:b]
        entry = GazetteerEntry(name, "installation", known[0].country, lat, lon, "city",
                               source="text", notes=f"on the road {where}")
        added.append((a, b, entry, name))
    return added


def overlaps_mention(starts: list[int], ends: list[int], a: int, b: int) -> bool:
    """Does (a, b) overlap one of the spans (sorted by start; mentions barely nest, so the
    two starting last before b are enough)?"""
    i = bisect.bisect_left(starts, b)
    return any(ends[j] > a for j in range(max(0, i - 2), i))
