"""Units that measure rather than count: how far, how heavy, how long, what share.

Two such figures measure different things each time ("70 nautical miles off Duqm", "100
nautical miles off Salalah"), so they are neither charted side by side nor a key point.
"""

from __future__ import annotations

MEASURE_UNITS = frozenset({
    "km", "mi", "m", "nm", "nautical miles", "miles", "kilometres", "kilometers", "metres",
    "meters", "feet", "ft",  # how far, how high
    "tons", "tonnes", "dwt", "teu", "kg",  # how heavy, how big a ship
    "%", "percent", "per cent",  # a share of a different whole each time
    # how long: "about forty seconds" of warning, "a four-day move", "48 hours" of curfew
    "s", "sec", "seconds", "second", "min", "minutes", "minute", "h", "hrs", "hours", "hour",
    "days", "day", "weeks", "week", "months", "month", "years", "year",
})


def is_measure(unit: str) -> bool:
    return unit.strip().casefold() in MEASURE_UNITS
