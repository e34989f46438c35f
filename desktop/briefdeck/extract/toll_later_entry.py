"""A toll reported in a later entry of a chat or a log: "[11/30, 07:02] Reuters: a U.S.
official says two U.S. service members had minor injuries at the Erbil base", after the
entries of the night before told the drone attack on the airport.

A message with no day of its own but its stamp's, passing on what a source says of the hurt,
is news of the attack told in the entries of the day before, not an attack of the stamp's
day: its toll goes to that attack. An attack told at another site in between ("Drone fell
near Khor Mor gas field, no injuries") is passed over; one told at the place the toll names
is left to the readers that join a toll to its place."""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_draft import BROAD_PRECISIONS, VIOLENT, Draft
from briefdeck.extract.event_memory import SentenceRead

# a source passing the count on: "X says", "according to", "reports"
_REPORTED = re.compile(r"\b(?:says|said|reports|reported|according\s+to)\b", re.I)


def attack_of_earlier_entry(
    text: str,
    s: SentenceRead,
    orphans: list[Casualty],
    drafts: list[Draft],
    entry: int,
    entry_day: str,
) -> Draft | None:
    """The attack an earlier entry told, on the day before the toll's entry, whose hurt the
    toll (told with no day of its own) reports; None when there is none or it was tolled
    already. (A toll of the entry's own day may be another attack of that day: a live blog's
    entries of one day run newest first, and tell several.)"""
    if (
        entry < 0
        or s.dates
        or len(entry_day) != 10
        or not orphans
        or not _REPORTED.search(text, s.sent.start, orphans[0].start)
    ):
        return None
    keys = {p.key for p in s.places if p.precision not in BROAD_PRECISIONS and not p.locator}
    day = date.fromisoformat(entry_day)
    for d in reversed(drafts):
        if s.i - d.sentence > 40:
            return None
        if d.kind in VIOLENT and keys & d.keys:
            return None  # a happening told at the place the toll names: the other readers'
        if (
            d.kind not in VIOLENT
            or d.other
            or not 0 <= d.entry < entry
            or d.date is None
            or len(d.date.iso) != 10
            or (day - date.fromisoformat(d.date.iso)).days != 1
        ):
            continue
        if d.sites and keys and not d.keys & keys:
            continue  # an attack at another site, told in between
        kinds = {c.kind for c in orphans}
        return None if any(c.kind in kinds and c.count for c in d.casualties) else d
    return None
