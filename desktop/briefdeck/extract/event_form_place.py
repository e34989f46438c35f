"""An incident form's Location field: a flash alert or incident report gives where its incident
happened in a "Location:" field ("Location:\nKhor Mor gas field, Chamchamal district"), then
tells it in prose that names the place only as "the field" or "the site". The first violent
happening told after the field, with no place of its own, is the form's incident: it happened
at the first place the field names (the narrowest one before the district or province).
Only an incident form's field counts: a briefing's, a newsletter's or a photo caption's
"Location:" is where the text was given, not where its attack happened. A form is another
incident field near the Location field (Incident No., Date/Time, Classification, Reported by,
Casualties ...), or a date field under an incident or alert heading; a room or venue
("Pentagon Briefing Room", "Rixos Hotel") is never an incident's site."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import BROAD_PRECISIONS, VIOLENT, Draft
from briefdeck.extract.places import PlaceMention

# the label alone at a line's start, its value after it on the same line or below
_LOCATION_FIELD = re.compile(r"^[ \t]*(?:Incident\s+)?Location[ \t]*:[ \t]*(?:\n[ \t]*){0,2}(?=\S)",
                             re.M | re.I)


# an incident form's other fields, a label at a line's start
_INCIDENT_FIELD = re.compile(
    r"^[ \t]*(?:Incident\s+(?:No\b|Number|ID|Ref|Type|Category)|Date\s*/\s*Time|DTG|"
    r"Classification|Reported\s+by|Reporting\s+unit|Approved\s+by|Casualties|Injuries|"
    r"Severity|(?:Event|Attack)\s+type|Type\s+of\s+(?:incident|attack|event)|Event)"
    r"[ \t.]*:", re.M | re.I)
_DATE_FIELD = re.compile(r"^[ \t]*(?:Date|Time)[ \t]*:", re.M | re.I)
_INCIDENT_HEADING = re.compile(r"\b(?:incident|alert|SITREP|spot\s+report)\b", re.I)
_VENUE = re.compile(r"\b(?:room|hall|auditorium|hotel|studio|theat(?:er|re)|ballroom|podium|"
                    r"press\s+(?:center|centre)|conference\s+(?:center|centre)|"
                    r"teleconference|virtual|online)\b", re.I)
_FORM_REACH = 400  # characters either side of the field in which its form's fields are


def _in_form(text: str, start: int, end: int) -> bool:
    before, after = max(0, start - _FORM_REACH), end + _FORM_REACH
    if _INCIDENT_FIELD.search(text, before, start) or _INCIDENT_FIELD.search(text, end, after):
        return True
    dated = _DATE_FIELD.search(text, before, start) or _DATE_FIELD.search(text, end, after)
    return dated is not None and _INCIDENT_HEADING.search(text, before, start) is not None


def form_place(text: str, drafts: list[Draft], places: list[PlaceMention]) -> None:
    """Give the form's incident (see the module doc) the place its Location field names."""
    field = _LOCATION_FIELD.search(text)
    if field is None:
        return
    end = text.find("\n", field.end())
    end = len(text) if end < 0 else end
    if _VENUE.search(text, field.end(), end) or not _in_form(text, field.start(), end):
        return
    named = [p for p in places if field.end() <= p.start < end and not p.locator]
    sites = [p for p in named if p.precision not in BROAD_PRECISIONS]
    if not sites:
        return
    first = next((d for d in drafts if d.kind in VIOLENT and d.start >= end), None)
    if first is not None and not first.places:
        first.places = [sites[0].name]
        first.locate([sites[0]])
