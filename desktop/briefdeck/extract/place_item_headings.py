"""A town that opens a lettered item's heading in a sitrep is where that item happened.

A sitrep heads each incident "b. 152245C NOV 23 – al-Baghdadi. Three rockets ...": its
letter, its time stamp, a dash and the place. A town's name that is also a family's
("al-Baghdadi") needs a place's word before it in running prose ("in", "north of"); in that
slot of a heading nothing but a place is written, so the town counts there as well.
"""

from __future__ import annotations

import re

# "b. 152245C NOV 23 – al-Baghdadi.", "(c) 15 Nov – Kubaysa, ...": letter, stamp, dash, name
_HEADING = re.compile(
    r"^[ \t]*(?:\([a-z]\)|[a-z][.)])[ \t]+"
    r"(?:\d{6}[A-Z]?(?:[ \t]+[A-Z][A-Za-z]{2}[ \t]+\d{2,4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}"
    r"(?:[ \t]+\d{4})?)[ \t]*[–—-][ \t]*"
    r"(?P<name>(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’]*(?:[ \t-][A-Z][\w'’]*){0,3})(?=[ \t]*[.,(])",
    re.MULTILINE)


def heading_towns(text: str, raw: list, gazetteer) -> list:
    """(start, end, entry, written) of towns opening item headings that raw lacks."""
    if "–" not in text and "—" not in text and " - " not in text:
        return []
    out = []
    for m in _HEADING.finditer(text):
        start, end = m.span("name")
        if any(r[0] < end and start < r[1] for r in raw):
            continue  # the gazetteer read it already
        entry = gazetteer.lookup(m.group("name"), fuzzy=False)
        if entry is not None and entry.kind == "city":
            out.append((start, end, entry, m.group("name")))
    return out
