"""Day headings in notes: "Mon 23 Nov" alone on its line dates the notes under it.

A reporter's notebook, a duty log or a diary groups its lines under the day they were written
about ("Mon 23 Nov", "## Tue 24 Nov", "=== 24 November ==="); a line under the heading that
tells a happening with no day of its own happened that day, until the next day heading or a
section heading in capitals ("CONTEXT / bg", "QUESTIONS TO SELF"). A single date alone on its
line (a byline's, a letter's) heads nothing: notes have two days or more.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.sentences import Document

# what surrounds the day on its heading line: its weekday (a post's or a byline's bare date
# heads nothing), marks of a heading
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
_AROUND = r"[\s#*=_\-–—\[\]]*"
_HEADING = re.compile(rf"{_AROUND}{_WEEKDAY}$")
_HEADING_END = re.compile(rf"[\s:.,]*{_AROUND}$")
# "CONTEXT / bg", "QUESTIONS TO SELF", "CALL BACK": a short line opening with a word in
# capitals, no figures nor a sentence's marks
_SECTION = re.compile(r"[\s#*=\-–—]*[A-Z]{3,}\b[^\d:.;?!\n]{0,30}$")


def note_days(doc: Document, dates: list[DateMention], filed: dict[int, DateMention]) -> None:
    """Adds to filed (paragraph -> day) the day heading each paragraph of notes is under."""
    text = doc.text
    heads: dict[int, DateMention] = {}  # sentence start -> its day
    for d in dates:
        if d.precision != "day" or not d.iso:
            continue
        line0 = text.rfind("\n", 0, d.start) + 1
        line1 = text.find("\n", d.end)
        line1 = len(text) if line1 < 0 else line1
        if line1 - line0 > 40 or not _HEADING.match(text[line0:d.start]) or \
                not _HEADING_END.match(text, d.end, line1):
            continue
        sent = doc.sentence_at(d.start)
        if sent is not None:
            heads[sent.start] = d
    if len({d.iso for d in heads.values()}) < 2:
        return  # (one date on a line of its own: a byline or a letter's, no notes)
    day: DateMention | None = None
    for sent in doc.sentences:
        if sent.start in heads:
            day = heads[sent.start]
        elif day is not None and _SECTION.match(text, sent.start, sent.end):
            day = None
        if day is not None:
            filed.setdefault(sent.paragraph, day)
