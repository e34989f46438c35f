"""More engagements listed after the one told: "Engagements included the defense of Erbil Air
Base, Iraq, on 16 November, when 11 interceptors were fired; Mission Support Site Conoco,
Syria, on 21 November; and Camp Buehring, Kuwait, on 9 November." Each item after a semicolon
that names a place and a day of its own, with no action word, is one more happening of the same
kind as the one the sentence told, at that place on that day (a budget narrative's or a
summary's way of listing them)."""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft, summary
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.event_triggers import TRIGGER_RE
from briefdeck.extract.places import PlaceMention

# an item: "; [and] PLACE[, COUNTRY], on DAY" and nothing more to the item's end
_ITEM_DAY = re.compile(r"[\w.)],?\s+(?:(?:on|in)\s+)?$")


def listed_days(text: str, made: list[Draft], dates: list[DateMention],
                places: list[PlaceMention], paragraph: int, i: int) -> list[Draft]:
    """Drafts of the items listed after the sentence's one violent happening."""
    told = [d for d in made if d.kind in VIOLENT and d.date is not None]
    if len(told) != 1 or ";" not in text[told[0].end:]:
        return []
    first = told[0]
    out: list[Draft] = []
    for d in dates:
        if d.precision != "day" or d.start < first.end or d.iso == first.date.iso:
            continue
        semi = text.rfind(";", first.end, d.start)
        if semi < 0 or not _ITEM_DAY.search(text, semi, d.start):
            continue
        end = d.end
        while end < len(text) and text[end] not in ";.\n":
            end += 1
        if text[d.end:end].strip(" ,") or TRIGGER_RE.search(text, semi, end):
            continue  # the item goes on: a clause of its own, read as one
        where = [p for p in places if semi < p.start < d.start]
        if not where:
            continue
        new = Draft(first.kind, semi + 1, end, d, [p.name for p in where][:3],
                    list(first.weapons), [], summary(text, semi + 1, end), paragraph, i)
        new.locate(where[:3])
        out.append(new)
    return out
