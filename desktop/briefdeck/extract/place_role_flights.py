"""Flights out of an airport: "all flights out of BIAP cancelled", "the last flight out of X".
Aircraft on a schedule leaving a place is air traffic, no forces withdrawing from it; the
place's role stays as other sentences make it. Troops named flying out ("troops flew out of
X", "evacuation flights carried staff out of X") are still a withdrawal."""

from __future__ import annotations

import regex

from briefdeck.extract.place_role_clauses import FORCES_LEAVING

_FLIGHTS = regex.compile(r"\b(?:flights?|airlines?|airliners?|departures)[ \t]++$", regex.I)


def flights_out_of(text: str, sent_start: int, cue_start: int) -> bool:
    """True when the words just before "out of X" are scheduled flights, with no forces
    named leaving in that stretch."""
    lo = max(sent_start, cue_start - 60)
    return (
        _FLIGHTS.search(text, lo, cue_start) is not None
        and FORCES_LEAVING.search(text, lo, cue_start) is None
    )
