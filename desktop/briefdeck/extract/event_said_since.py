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


def day_told_last(drafts: list) -> DateMention | None:
    """The day of the happening told last: its own, or, when it has none ("One missile hit
    the ship near the engines", after "the ship was hit on Tuesday"), that of the dated
    attack or strike told a few sentences before it, which the undated one goes on about."""
    if not drafts:
        return None
    last = drafts[-1]
    if last.casualties and last.date is not None and last.date.precision == "offset" and \
            not last.date.offset_days and not last.date.offset_months:
        # "About 20 minutes later, a second strike hit ...", its toll told: the same day as
        # the happening it counts on from, told just before it (a toll said later revises
        # its toll; with none told, which of the two a later count is of is unknown)
        for d in reversed(drafts[-4:-1]):
            if d.date is not None and d.date.precision == "day":
                return d.date
        return last.date
    if last.date is not None or last.kind not in ("attack", "strike"):
        return last.date
    for d in reversed(drafts[-5:-1]):
        if d.paragraph < last.paragraph - 2:
            break
        if d.date is not None:
            return d.date if d.kind in ("attack", "strike") else None
    return None
