"""A response told after the happening it answers, with no day of its own: "A rocket hit the
depot in March. The garrison answered with strikes across the river." The answer came after
the happening; the day or month the story named for that happening is not the answer's (it
may be days or weeks later). Undated, it is kept only if its toll is told."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.sentences import Document

# "answered with strikes", "responded with airstrikes", "hit back with raids"
_ANSWERED_WITH = re.compile(r"\b(?:answered|responded|retaliated|replied|hit\s+back)\s+"
                            r"(?:[\w-]+\s+){0,2}?with\b", re.I)


def answers_undated(doc: Document, drafts: list[Draft]) -> None:
    """Leave undated each violent draft told as an answer whose day was carried from
    another sentence."""
    text = doc.text
    for d in drafts:
        if d.kind not in VIOLENT or d.date is None or d.casualties or \
                not 0 <= d.sentence < len(doc.sentences):
            continue
        sent = doc.sentences[d.sentence]
        if sent.start <= d.date.start < sent.end or len(d.told_in) > 1:
            continue  # (its own day, or told again)
        if _ANSWERED_WITH.search(text, sent.start, sent.end) and \
                sent.start <= d.start < sent.end:
            d.date = None
