"""Notes on a table's rows: "Row 7. The ministry's statement of 13 October gave three killed
and one wounded ... Row 11. The ministry raised the number of wounded from seven to nine." An
errata or a data annex explains its table row by row, each note opening on "Row N." (a PDF
reader often runs two notes into one paragraph). A toll in the note is the count of that row's
happening, whatever day the statement giving it is dated, never a happening of its own nor a
revision of another row's toll: it is folded into the row's last telling (a corrected row is
printed after the row as printed)."""

from __future__ import annotations

import re

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_draft import Draft
from briefdeck.extract.sentences import Document
from briefdeck.extract.toll_updates import fuller_toll

# "Row 7. ", "Row 11: " opening a note
_ROW_NOTE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))Row\s+(\d{1,3})[.:]\s")


def row_note_toll(doc: Document, i: int, drafts: list[Draft], orphans: list[Casualty]) -> bool:
    """Fold the toll `orphans` of sentence i into the table row its note is about, if sentence
    i is in a "Row N." note whose row was drafted; True when folded."""
    text, sent = doc.text, doc.sentences[i]
    if "Row " not in text or "\t" not in text:
        return False
    j = i  # the paragraph's first sentence (a note runs no longer than a paragraph)
    while j > 0 and i - j < 40 and doc.sentences[j - 1].paragraph == sent.paragraph:
        j -= 1
    p0 = doc.sentences[j].start
    note = None
    for m in _ROW_NOTE.finditer(text, p0, orphans[0].start):
        note = m
    if note is None:
        return False
    lead = note.group(1) + "\t"
    rows = [d for d in drafts if text.startswith(lead, d.start)]
    if not rows:
        return False
    rows[-1].casualties = fuller_toll(rows[-1].casualties, orphans)
    rows[-1].told_again(i)
    return True
