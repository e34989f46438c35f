"""An earlier attack given in a terse aside: "The Jan. 11 attack (2 rockets, no casualties) was
never claimed." A statement's context note or a log's remark names a dated attack with its
weapons and its toll in brackets and says something else of it; no action word tells it, so
prose reading drafts nothing. The aside is the record's own count: an attack on that day with
no one hurt. Only "no casualties" / "no injuries" is read (a bracket with counts is left to
prose reading): a wrong toll is worse than none.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import VIOLENT
from briefdeck.model import Event, Provenance

# after the date: "[rocket] attack (2 rockets, no casualties)"
_ASIDE = re.compile(
    r"[ \t]++(?:[\w-]++[ \t]++)?(?:attack|strike)[ \t]*+\((?P<what>(?:\d{1,2}|one|two|three|four"
    r"|five|six)[ \t]++(?:rockets?|drones?|mortars?|mortar[ \t]++rounds|missiles?|UAVs?|UAS)),"
    r"[ \t]*+no[ \t]++(?:casualties|injuries)\)", re.I)
_THE = re.compile(r"\b[Tt]he[ \t]++$")


def dated_asides(text: str, dates: list[DateMention], events: list[Event]) -> list[Event]:
    """events, with each attack a bracketed aside counts as harmless, unless one is drafted
    on that day already."""
    made: list[Event] = []
    for d in dates:
        the = _THE.search(text, max(0, d.start - 8), d.start) if d.precision == "day" else None
        if the is None or not d.iso:
            continue
        m = _ASIDE.match(text, d.end)
        if m is None or any(e.date == d.iso and e.kind in VIOLENT for e in [*events, *made]):
            continue
        made.append(Event(
            id="ev-0", date=d.iso, date_precision="day", date_text=d.text, kind="attack",
            summary=text[the.start():m.end()][:200], killed=0, wounded=0,
            provenance=Provenance(source="src-1", start=the.start(), end=m.end())))
    numbers = [int(e.id[3:]) for e in events if e.id.startswith("ev-") and e.id[3:].isdigit()]
    first = max(numbers, default=-1) + 1
    for k, e in enumerate(made):
        e.id = f"ev-{first + k}"
    return events + made
