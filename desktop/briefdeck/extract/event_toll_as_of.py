"""A toll told as of a time ("As of 1800 on 23 November the toll is five wounded: three U.S.
Airmen, ..."): a staff paper's or a sitrep's count as it stands on that day, not a happening
of that day. The day dates the count; the people were hurt in the attack told before it, so
the count is that attack's toll as now known (it replaces a first report's), and no attack of
its own. Only a placeless draft made of such a sentence is moved, onto the latest earlier
attack or strike within a week.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.model import Event

# "As of 1800 on 23 November the toll is", "As of Monday, the toll stands at"
_AS_OF = re.compile(r"\bAs\s++of\b[^.;:]{1,60}?\b(?:the\s++)?(?:toll|casualty\s++count|count)"
                    r"\s++(?:is|stands\s++at|was|rose\s++to|is\s++now)\b", re.I)


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso and len(iso) == 10 else None
    except ValueError:
        return None


def fold_tolls_as_of(text: str, events: list[Event]) -> list[Event]:
    """The events with each "as of" count moved onto the attack it counts."""
    out: list[Event] = []
    for e in events:
        told = _day(e.date)
        if e.provenance is not None and not e.place and told is not None and (
                e.killed is not None or e.wounded is not None) and _AS_OF.search(
                text, max(0, e.provenance.start - 80), e.provenance.end):
            before = [o for o in out if o.kind in ("attack", "strike") and o.place and
                      (d := _day(o.date)) is not None and 0 <= (told - d).days <= 7]
            if before:
                target = before[-1]
                target.killed, target.wounded = e.killed, e.wounded
                target.killed_qualifier, target.wounded_qualifier = (
                    e.killed_qualifier, e.wounded_qualifier)
                target.casualties = list(e.casualties)
                continue
        out.append(e)
    return out
