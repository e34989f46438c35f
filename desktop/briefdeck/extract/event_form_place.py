"""An incident form's Location field: a flash alert or incident report gives where its incident
happened in a "Location:" field ("Location:\nKhor Mor gas field, Chamchamal district"), then
tells it in prose that names the place only as "the field" or "the site". The first violent
happening told after the field, with no place of its own, is the form's incident: it happened
at the first place the field names (the narrowest one before the district or province)."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import BROAD_PRECISIONS, VIOLENT, Draft
from briefdeck.extract.places import PlaceMention

# the label alone at a line's start, its value after it on the same line or below
_LOCATION_FIELD = re.compile(r"^[ \t]*(?:Incident\s+)?Location[ \t]*:[ \t]*(?:\n[ \t]*){0,2}(?=\S)",
                             re.M | re.I)


def form_place(text: str, drafts: list[Draft], places: list[PlaceMention]) -> None:
    """Give the form's incident (see the module doc) the place its Location field names."""
    field = _LOCATION_FIELD.search(text)
    if field is None:
        return
    end = text.find("\n", field.end())
    end = len(text) if end < 0 else end
    named = [p for p in places if field.end() <= p.start < end and not p.locator]
    sites = [p for p in named if p.precision not in BROAD_PRECISIONS]
    if not sites:
        return
    first = next((d for d in drafts if d.kind in VIOLENT and d.start >= end), None)
    if first is not None and not first.places:
        first.places = [sites[0].name]
        first.locate([sites[0]])
