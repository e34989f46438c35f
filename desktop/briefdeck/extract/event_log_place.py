"""A duty log's place is its header's: a staff journal or duty officer's log names its
installation once, above its entries ("ORGANIZATION OR INSTALLATION: BDOC, Camp Buehring ...
LOCATION: Camp Buehring, Kuwait"), and its entries never name it again ("1x UAS impact vic
Zone 6 motor pool", "shot down 6 km NW of camp"). Every violent happening an entry tells with
no place of its own happened there.
"""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import BROAD_PRECISIONS, VIOLENT
from briefdeck.extract.event_log_entries import log_entries
from briefdeck.extract.places import PlaceMention
from briefdeck.model import Event

# the header's field, its value up to the next field ("PERIOD COVERED ...") or the line's end
_FIELD = re.compile(r"\b(?:LOCATION|INSTALLATION|Location|Installation)[ \t]*:[ \t]*+"
                    r"(?P<value>[^\n]{1,120}?)(?=[ \t]+[A-Z][A-Z /.]{3,40}:|[ \t]*$)", re.M)


def log_place(text: str, events: list[Event], places: list[PlaceMention]) -> None:
    """(Once the events are drafted: a casualty update entry, placeless, has been read as
    more of the happening it updates.)"""
    entries = log_entries(text)
    if not entries:
        return
    site: PlaceMention | None = None
    for field in _FIELD.finditer(text, 0, entries[0].start):  # LOCATION after INSTALLATION
        named = [p for p in places if field.start("value") <= p.start < field.end("value")
                 and not p.locator and p.precision not in BROAD_PRECISIONS]
        site = named[0] if named else site
    if site is None:
        return
    for e in events:
        at = e.provenance.start if e.provenance is not None else -1
        if e.kind in VIOLENT and not e.place and entries[0].start <= at < entries[-1].end:
            e.place = site.name
