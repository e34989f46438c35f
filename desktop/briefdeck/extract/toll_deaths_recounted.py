"""A telling that gives a death among the hurt and the hurt as now counted: "two people had
light shrapnel wounds", then "by morning it said a man had died of his injuries and five
other people had been wounded".

The "other" people are those hurt besides the man who died: everyone still hurt, the count
of the wounded as it now stands (a total of its kind), not five more on top of the first
count, whose dead man moves to the dead."""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualty_rows import Casualty

# "five other people", "three others": hurt besides the dead just told
_OTHER = re.compile(r"\bothers?\b", re.I)


def hurt_besides_the_dead(text: str, found: list[Casualty]) -> list[Casualty]:
    """found, with a plain count of "other" hurt told after a death among the hurt read as the
    whole count of the wounded now."""
    deaths = [c for c in found if c.from_wounded and c.kind == "killed"]
    if not deaths:
        return found
    first = min(c.start for c in deaths)
    return [
        replace(c, total=True)
        if (
            c.kind == "wounded"
            and c.count
            and c.start > first
            and not (c.added or c.partitive or c.total or c.from_wounded or c.is_floor)
            and _OTHER.search(text, c.start, c.end)
        )
        else c
        for c in found
    ]
