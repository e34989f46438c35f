"""One event told several times: which drafted events are tellings of the same happening.

A record or a wire often tells one strike more than once: "the 25 November strike on Albu
Kamal killed 11", later "At least 12 people were killed in the strikes of 25 November", and a
third party's toll again. Each is drafted as its own event. The chart draws it as one bar and
the BLUF tells it once (saying that accounts differ); both read the grouping here, each then
shows the telling it prefers (the chart the one that says where, the BLUF the first told).

Two tellings are of one event when they are of the same kind on the same day (to the same
precision), no different time of that day is said ("Wednesday morning", "Wednesday evening":
two attacks), and either both say where and name the same site first (the place of the act;
those after are often the wider area; a country, region or province named before it is only
the area too: "Yemen, Hodeidah" is the strike of "Hodeidah, Yemen, Red Sea"), or one says where
and the other tells only a toll: no place and no weapon of its own ("its troops fired artillery
on Tuesday" is another act). An undated telling stays alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|overnight|dawn|dusk|noon|"
                          r"midnight|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{4}\s*(?:hrs|[a-z]\b))",
                          re.IGNORECASE)


def _part_of_day(ev: Any) -> str:
    found = _PART_OF_DAY.search(ev.date_text or "")
    return found.group(1).casefold() if found else ""


def _places(ev: Any) -> list[str]:
    return [n.strip().casefold() for n in (ev.place or "").split(",") if n.strip()]


_AREAS = frozenset({"country", "region", "province"})


@lru_cache(maxsize=4096)
def _is_area(name: str) -> bool:
    """Is the name a country, region or province (the area of an act, not its site)?"""
    from briefdeck.geo.gazetteer import Gazetteer  # late: the geo data loads on first use

    entry = Gazetteer.default().lookup(name, fuzzy=False)
    return entry is not None and entry.kind in _AREAS


def _site(names: list[str]) -> str:
    """The place of the act: the first named that is no wider area ('' if all are areas)."""
    return next((n for n in names if not _is_area(n)), "")


def _position(ev: Any) -> int:
    start = getattr(getattr(ev, "provenance", None), "start", None)
    return start if isinstance(start, int) else 1 << 30


def _one(ev: Any, head: Any) -> bool:
    """Is ev a telling of head's event? (head says where, if any of the group does)"""
    said, said_head = _part_of_day(ev), _part_of_day(head)
    if said and said_head and said != said_head:
        return False  # "Wednesday morning" and "Wednesday evening": two attacks
    here, there = _places(ev), _places(head)
    if here:  # the same own site: the first named that is no area (those after are often
        # the wider area, "Thiban, Deir ez-Zor"; an attack on three villages is not the strike
        # on one of them; a country before the site, "Yemen, Hodeidah", is the area too:
        # "Syria, Thiban" and "Syria, Hajin" are two; a telling naming only the area, by
        # the first named)
        if not there:
            return False
        site, site_there = _site(here), _site(there)
        return site == site_there if site and site_there else here[0] == there[0]
    # a toll alone, no weapon of its own, beside a telling that says where (two placeless
    # tellings of a day may be two of a log's many attacks)
    return not ev.weapons and bool(there)


def tellings(events: list[Any]) -> list[list[Any]]:
    """The events grouped by happening, each group in the report's order of telling and the
    groups in the order of their first telling."""
    groups: list[list[Any]] = []
    heads: dict[tuple[Any, ...], list[list[Any]]] = {}  # by day and kind: a log has thousands
    # the tellings that say where open the groups, so a toll alone joins its placed telling
    for ev in sorted(events, key=lambda e: (not e.place, _position(e))):
        # (undated tellings stay apart: three tolls at one base, no day said, may be three
        # attacks)
        same = heads.setdefault((ev.date, ev.date_precision, ev.kind), []) if ev.date else []
        home = next((g for g in same if _one(ev, g[0])), None)
        if home is None:
            groups.append([ev])
            same.append(groups[-1])
        else:
            home.append(ev)
    for group in groups:
        group.sort(key=_position)
    groups.sort(key=lambda g: _position(g[0]))
    return groups
