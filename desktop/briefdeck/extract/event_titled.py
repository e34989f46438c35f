"""A report titled by its one happening and its day ("Investigation - UAS Strike on At Tanf
Garrison, 3 November 2026"), or a note's section headed so ("## Conoco attack – Tue 1 Dec"):
the strike told under it with no day of its own ("0207 - Track 2 strikes the roof of Building
4", "Second hit near the fuel point") is the one the heading dates, at the heading's place when
the body names none. An investigation's findings, a memo's or an after-action review's
timeline, an analyst's terse notes give only clock times: the heading carries the day.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft
from briefdeck.extract.places import PlaceMention

# a heading line (no sentence's end, no clause's): "Strike on At Tanf Garrison, 3 November 2026",
# "## Conoco attack – Tue 1 Dec", "### 12 Nov – Ain al-Asad"
_HEADING = re.compile(r"^[^\n]{4,120}?(?<![.!?:;,])$", re.M)
_HAPPENING = re.compile(r"\b(?:[Aa]ttack|[Ss]trike|[Rr]aid|[Bb]ombing)s?\b")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_SECTION_REACH = 1500  # a section heading dates what follows it this far at most


def dated_by_title(text: str, drafts: list[Draft], dates: list[DateMention],
                   places: list[PlaceMention], violent: frozenset[str]) -> None:
    """The heading's day (and place) for the undated violent drafts told under it."""
    undated = [d for d in drafts if d.kind in violent and d.date is None and not d.other]
    if not undated:
        return
    # the dated headings, each with whether it names a happening ("overnight" in a title is
    # the night before its filing, said loosely: no day to give)
    headings: list[tuple[int, int, DateMention, bool]] = []
    at = 0
    for day in dates:
        if day.precision != "day" or day.implicit or day.start < at:
            continue
        line_start = text.rfind("\n", 0, day.start) + 1
        m = _HEADING.match(text, line_start)
        at = m.end() if m else day.end
        if m is None or _SENTENCE_END.search(text, m.start(), m.end()) or \
                sum(m.start() <= d.start < m.end() for d in dates) != 1:
            continue
        headings.append((m.start(), m.end(), day, bool(_HAPPENING.search(text, m.start(),
                                                                           m.end()))))
    for d in undated:
        head = next((h for h in reversed(headings) if h[1] <= d.start), None)
        if head is None or not head[3] or (head[0] > 0 and d.start - head[1] > _SECTION_REACH):
            continue  # (under a heading dated for something else: not this heading's)
        where = [p for p in places if head[0] <= p.start and p.end <= head[1]]
        if d.sites - {p.key for p in where}:
            continue  # a site the heading does not name: another happening
        d.date = head[2]
        if not d.places and where:
            d.places = list(dict.fromkeys(p.name for p in where))[:3]
            d.locate(where)
