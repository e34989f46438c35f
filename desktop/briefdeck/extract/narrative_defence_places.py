"""Where the air defences went: their own sites, not every place reinforced.

A report that sends a Patriot battery to one base and fighter jets to another has two places
reinforced; "Patriot air defences are deployed at A and B" puts the battery at both. When
every air defence named has a site of its own drafted (system_places.py reads it from the
system's own clause) and each such site is among the places reinforced, the defences are
briefed at those sites only; otherwise at the places reinforced, as before.
"""

from __future__ import annotations


def placed_defences(systems: list, defences: list[str]) -> list:
    """The named air defences told arriving or deployed (each with its own drafted site)."""
    wanted = set(defences)
    return [
        s
        for s in systems
        if s.name in wanted
        and s.category == "air defence"
        and s.posture in ("arriving", "deployed")
    ]


def defence_places(systems: list, defences: list[str], arriving: list[str]) -> list[str]:
    """The reinforced places (names as `arriving` gives them) where the named defences are."""
    if len(arriving) < 2:
        return arriving
    own = [s.place for s in placed_defences(systems, defences)]
    if not own or any(not site for site in own):
        return arriving
    sites = {site.strip() for place in own for site in place.split(",")}
    # (a site drafted under its short name, "Ali Al Salem", is the base reinforced in full)
    picked = [
        n for n in arriving if any(_same(n.removeprefix("possibly "), site) for site in sites)
    ]
    return picked if picked and len(picked) >= len(sites) else arriving


def _same(name: str, site: str) -> bool:
    return name == site or name.startswith(site + " ")
