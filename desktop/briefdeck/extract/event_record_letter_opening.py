"""A letter's opening dates the incident its later sections tell.

A hotel's or a school's advisory to its guests opens after "Dear Guest," with what everyone
heard ("there were loud explosions near the airport at about 23:40 last night") and then tells
the incident again under its own headings, from officials' words and with no day ("Three drones
approached the airport; two were shot down ..."). Those undated tellings are the incident the
opening dated: they take its day, up to the next day the letter names. An opening that names
no happening, or more than one day, dates nothing.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import VIOLENT, Draft

_SALUTATION = re.compile(r"^[ \t]*+Dear[ \t]++[^\n]{1,60}?[,:]?[ \t]*+$", re.M)
_HAPPENING = re.compile(r"\b(?:explosions?|blasts?|attacks?|strikes?|drones?|rockets?|missiles?|"
                        r"shelling|gunfire)\b", re.I)
_HEAD_REACH = 1500  # a salutation opens a letter, near its top


def letter_opening_day(text: str, drafts: list[Draft], dates: list[DateMention]) -> None:
    """Dates the undated violent drafts after a letter's opening by the opening's one day."""
    salutation = _SALUTATION.search(text, 0, _HEAD_REACH)
    if salutation is None:
        return
    start = text.find("\n\n", salutation.end())
    start = salutation.end() if start < 0 else start + 2
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    if not _HAPPENING.search(text, start, end):
        return
    days = [m for m in dates if m.precision == "day" and m.iso and start <= m.start < end]
    if len({m.iso for m in days}) != 1:
        return
    stop = min((m.start for m in dates if m.precision == "day" and m.start >= end),
               default=len(text))
    for d in drafts:
        if d.kind in VIOLENT and d.date is None and end <= d.start < stop:
            d.date = days[0]
