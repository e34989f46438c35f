"""An aviation-safety occurrence record (ASN-style database entry) counts the dead in its
fields: "Fatalities: 0 / Occupants: 0" for those aboard and "Other fatalities: 1" for those
on the ground. Its narrative may tell the wounded but lose the dead in a long sentence; the
record's occurrence (the violent happening on its Date field's day) takes the fields' dead
when its toll told none.
"""

from __future__ import annotations

import re

from briefdeck.model import Casualties, Event

# (a field's label, then its value: "| Fatalities: | Fatalities: 0 / Occupants: 0 |")
_ABOARD = re.compile(r"\bFatalities:[ \t|]*+(?:Fatalities:[ \t]*+)?(\d{1,4})[ \t]*+/[ \t]*+"
                     r"Occupants:[ \t]*+\d{1,4}")
_GROUND = re.compile(r"\bOther\s+fatalities:[ \t|]*+(\d{1,4})\b")
_DATE_FIELD = re.compile(r"^[ \t|]*Date:[ \t|]*+(?:[A-Z][a-z]+day,?[ \t]++)?"
                         r"(?P<day>\d{1,2})[ \t-]++(?P<month>[A-Z][a-z]{2})[a-z]*+[ \t-]++"
                         r"(?P<year>\d{4})", re.M | re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def record_dead(text: str, events: list[Event]) -> None:
    aboard, ground, day = _ABOARD.search(text), _GROUND.search(text), _DATE_FIELD.search(text)
    if aboard is None or ground is None or day is None or \
            day.group("month").lower() not in _MONTHS:
        return
    iso = f"{day.group('year')}-{_MONTHS.index(day.group('month').lower()) + 1:02d}-" \
          f"{int(day.group('day')):02d}"
    dead = {"aboard": int(aboard.group(1)), "on the ground": int(ground.group(1))}
    if not sum(dead.values()):
        return
    told = [e for e in events if e.date == iso and e.kind in ("attack", "strike")]
    if len(told) != 1 or told[0].killed:
        return
    e = told[0]
    e.killed, e.killed_qualifier = sum(dead.values()), "exact"
    e.casualties = [*e.casualties, *(Casualties(party=party, killed=n)
                                     for party, n in dead.items() if n)]
