"""Air defences that went somewhere other than the place reinforced.

An information paper tells two launchers moved to one outpost (so that outpost is the place
reinforced) and, later, a second counter-drone set "arrived at MSAB", the base attacked. "M-LIDS
air defences arrive at Tower 22" borrowed the other move's place. When every air defence named
has a site of its own drafted and none of those sites is a place reinforced, the defences are
briefed at their own sites: each written out as the drafted place it names (the report's own
"Muwaffaq Salti Air Base (MSAB)" spells the short form out). A site that names no drafted place
leaves the place out: no place is better than another move's. A country is no such site (it may
hold the base reinforced), so there the reinforced places are kept.
"""

from __future__ import annotations

from briefdeck.extract.acronyms import defined_acronyms
from briefdeck.extract.narrative_defence_places import defence_places, placed_defences

_BROAD = ("country", "region", "province")


def defence_sites(
    text: str, systems: list, defences: list[str], arriving: list[str], places: list
) -> list[str]:
    """Where the named air defences arrive or are deployed: the reinforced places holding
    them (narrative_defence_places.py), or their own sites when they went elsewhere."""
    own = [s.place for s in placed_defences(systems, defences)]
    if not arriving or not own or any(not site for site in own):
        return defence_places(systems, defences, arriving)
    sites = list(dict.fromkeys(site.strip() for place in own for site in place.split(",")))
    held = [n.removeprefix("possibly ") for n in arriving]
    if any(_same(n, site) for n in held for site in sites):
        return defence_places(systems, defences, arriving)
    named = {p.name: p for p in places}
    spelled = defined_acronyms(text) if any(s not in named for s in sites) else {}
    found = []
    for site in sites:
        place = named.get(site) or named.get(spelled.get(site, "")) or _written_out(site, places)
        if place is not None and place.kind in _BROAD:
            # (a country holds the reinforced base as often as not: "deployed to Romania")
            return defence_places(systems, defences, arriving)
        if place is None:
            return []
        found.append(place.name)
    return list(dict.fromkeys(found))


def _written_out(site: str, places: list):
    """The one drafted place whose name is the site's short form written out ("Muwaffaq
    Salti" -> "Muwaffaq Salti Air Base"), or None."""
    longer = [p for p in places if p.name.startswith(site + " ")]
    return longer[0] if len(longer) == 1 else None


def _same(name: str, site: str) -> bool:
    return name == site or name.startswith(site + " ") or site.startswith(name + " ")
