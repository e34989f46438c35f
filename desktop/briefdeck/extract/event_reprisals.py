"""Reprisals told as the outcome of an earlier dated happening: "A drone hit the depot in
March. That attack prompted a wave of strikes on the launch sites." or "After a rocket
killed two guards in March, the army struck 40 targets." The day or month named belongs to
the happening that caused the reprisal; the reprisal came later (days or weeks), so it must
not take that date. Undated, it is kept only if its toll is told (event_story_answers.py
does the same for "answered with strikes")."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.sentences import Document

# "That attack prompted a wave of retaliatory strikes", "The raid triggered U.S. airstrikes"
_PROMPTED = re.compile(
    r"(?:That|This|The)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|bombing|killings?|deaths)"
    r"\s+(?:(?:later|quickly|soon)\s+)?(?:prompted|triggered|sparked|provoked|drew|led\s+to)\s+"
    r"(?:[\w.-]+\s+){0,5}?(?:retaliat\w*|reprisals?|(?:counter-?|air\s?)?strikes|raids)\b",
    re.I)
# a sentence that opens on the happening the rest of it answers: "After a drone killed ..., "
_AFTER = re.compile(r"(?:After|Following)\s", re.I)


def reprisals_undated(doc: Document, drafts: list[Draft]) -> None:
    """Leave undated each violent draft told as a reprisal for a happening whose date it
    only carries."""
    text = doc.text
    first_at: dict[int, int] = {}  # a date's offset -> where the first draft it dates starts
    for o in drafts:
        if o.date is not None:
            first_at[o.date.start] = min(o.start, first_at.get(o.date.start, o.start))
    for d in drafts:
        if d.kind not in VIOLENT or d.date is None or d.casualties or \
                not 0 <= d.sentence < len(doc.sentences) or len(d.told_in) > 1:
            continue
        sent = doc.sentences[d.sentence]
        if not sent.start <= d.start < sent.end:
            continue
        own_day = sent.start <= d.date.start < sent.end
        if not own_day:
            # its date carried from an earlier sentence: "That attack prompted strikes"
            if _PROMPTED.match(text, sent.start, sent.end):
                d.date = None
            continue
        # "After <cause dated here>, <the reprisal>": the date lies in the opening clause,
        # before the reprisal's words, and dates another happening told there
        if d.date.end <= d.start and _AFTER.match(text, sent.start, sent.end) and \
                "," in text[d.date.end:d.start] and first_at[d.date.start] < d.start:
            d.date = None
