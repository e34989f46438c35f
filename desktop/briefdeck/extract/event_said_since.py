"""The day a toll was told, not the day its people were hurt: "On Tuesday, officials said
nine had been wounded", "Two days later it revised that account: three had been wounded",
after the happening they count was told with its day."""

from __future__ import annotations

from briefdeck.extract.dates import DateMention


def said_since(last: DateMention | None, d: DateMention) -> bool:
    """Is d (the day of a telling: its verb follows it) on or after last, the day of the
    happening told last: a day no earlier, or a gap counted on from it ("Two days later")?"""
    if last is None or last.precision != "day":
        return False
    if d.precision == "day":
        return last.iso <= d.iso
    return d.precision == "offset" and d.offset_days > 0 and not d.offset_months
