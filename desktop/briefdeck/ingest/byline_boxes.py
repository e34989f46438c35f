"""The writer as the page's byline box prints them, when its author tag was misread.

The tag reader keeps what it takes for names and drops the rest: "Alhurra / Washington -
Nadine Haddad" comes out as "Alhurra; Washington", "Kurdistan24 Hawre Jalal" as "Kurdistan",
and "By Marisa Quintero" with the desk "Pentagon" set in its own span as one name. The box's
own pieces (each element's text, cut at its "/", "|" and " - ") tell the writer from the
outlet, the place and the desk.
"""

from __future__ import annotations

import re

import lxml.etree

from briefdeck.ingest.author_fields import _parts, _person

_BOXES = lxml.etree.XPath(
    "//body//*[contains(@class,'byline') or contains(@class,'author')]"
    "[not(ancestor::*[contains(@class,'byline') or contains(@class,'author')])]"
)
_CUT = re.compile(r"\s+[/|]\s+|\s+[-–—]\s+")
_BRAND = re.compile(r"^\S*\d\S*\s+")  # "Kurdistan24 ", "i24NEWS ": the outlet's name first


def box_writers(tree) -> str:
    """The people the first byline box names, joined with 'and'; '' when it names none."""
    for box in _BOXES(tree)[:3]:
        people = []
        for text in box.itertext():
            for part in _CUT.split(" ".join(str(text).split())):
                part = _BRAND.sub("", re.sub(r"^[Bb]y\s+", "", part.strip()))
                person = _person(part) if part else ""
                if person and person not in people:
                    people.append(person)
        if people:
            return " and ".join(people)
    return ""


def better_writers(field: str, tree, outlet: str = "") -> str:
    """The box's writers instead of the tag's `field` when the field names no person (a
    place, an outlet) or runs a name on into the desk set apart from it; else the field."""
    if not field or len(field) > 200:
        return field
    names_person = any(_person(p) for p in _parts(field))
    if names_person and len(field.split()) < 3:
        return field  # "Jo Ames": nothing to set apart
    box = box_writers(tree)
    if not box and " " not in field and outlet.casefold().startswith(field.casefold()):
        return ""  # "Kurdistan" read from the box's "Kurdistan24": the outlet, no writer
    if not box or box == field:
        return field
    if not names_person or (field.startswith(box + " ") and " and " not in box):
        return box
    return field
