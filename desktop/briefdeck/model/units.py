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
    # how fast and which way: a ship's "12.5 knots" then "8 knots", a "heading 270 degrees"
    "knots", "knot", "kn", "kt", "kts", "mph", "km/h", "kph", "kmh", "mach", "degrees",
    "degree", "°",
    # how wide a bore or how heavy: "107mm", "122 mm" rockets are calibres, not counts
    "mm", "cm", "inch", "inches", "kilograms", "kilogrammes", "kilos",
})


def is_measure(unit: str) -> bool:
    return unit.strip().casefold() in MEASURE_UNITS
