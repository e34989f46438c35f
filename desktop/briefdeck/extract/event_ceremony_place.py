"""Where a ceremony's remarks were given: a speech's header names the occasion and its place
("Change of Command Ceremony, Noel Field, Fort Bliss, Texas"), and the speech then tells the
day's handover or ceremony as "today", with no place of its own. That happening took place
where the header says: the narrowest place the header line names."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft
from briefdeck.extract.places import PlaceMention

# a header line (among the first few) naming the occasion: "Change of Command Ceremony, ..."
_OCCASION = re.compile(r"^[^\n]{0,60}\b(?:Ceremony|Ceremonies)\b,[^\n]{0,120}$", re.M)
_HEADER_CHARS = 600
_DAY_OF = frozenset({"handover", "other"})


def ceremony_place(text: str, drafts: list[Draft], places: list[PlaceMention],
                   published: str) -> None:
    """Give the day's placeless handover or ceremony the place its header names."""
    line = _OCCASION.search(text, 0, _HEADER_CHARS)
    if line is None:
        return
    sites = [p for p in places if line.start() <= p.start < line.end() and not p.locator
             and p.precision not in BROAD_PRECISIONS]
    if not sites:
        return
    for d in drafts:
        if d.kind in _DAY_OF and not d.places and d.date is not None and \
                d.date.iso == published and d.start > line.end():
            d.places = [sites[0].name]
            d.locate([sites[0]])
            return
