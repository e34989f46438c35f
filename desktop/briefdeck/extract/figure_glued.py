"""Letters and note numbers run into a number: "3K troops", "$1.1B", "2.5m people", "206.10 On".

A glued K, B or m is part of the amount (thousands, billions, millions), not the start of the
word counted; a PDF's superscript note number run into a count is not part of it. Each is read
off the number before the noun after it is looked for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.figure_amounts import THOUSANDS_K
from briefdeck.extract.not_figures import SENTENCE_END_BEFORE
from briefdeck.extract.numbers import Quantity

_MILLIONS_M = re.compile(r"m\s+(?!(?:to|back|for|up|down|after)wards\b|across\b|sideways\b)"
                         r"(?:[a-z][a-z-]{2,}s|people)\b")
_BILLIONS_B = re.compile(r"[Bb](?![\w-])")


def with_scale_letter(text: str, q: Quantity) -> Quantity:
    """q with a glued K, B or m read as its scale (q itself when there is none)."""
    if text[q.end:q.end + 1] in ("K", "k") and q.text[-1:].isdigit() and \
            not q.percent and THOUSANDS_K.match(text, q.end):
        # "3K troops", "$20k": K abbreviates thousands (a post's "12K views" is
        # left out above)
        q = replace(q, end=q.end + 1, text=text[q.start:q.end + 1], value=q.value * 1e3,
                    value_high=q.value_high * 1e3 if q.value_high else q.value_high)
    if q.money and text[q.end:q.end + 1] in ("B", "b") and q.text[-1:].isdigit() and \
            _BILLIONS_B.match(text, q.end):
        # "$1.1B", "$4b": a headline's billions (the glued M and bn are read as numbers)
        q = replace(q, end=q.end + 1, text=text[q.start:q.end + 1], value=q.value * 1e9,
                    value_high=q.value_high * 1e9 if q.value_high else q.value_high)
    if text[q.end:q.end + 1] == "m" and q.text[-1:].isdigit() and not q.percent and \
            q.value_high is None and _MILLIONS_M.match(text, q.end):
        # "about 1m barrels", "2.5m people": a glued m before a plural noun is
        # millions ("150m east", "a 40m mast" stay metres)
        q = replace(q, end=q.end + 1, text=text[q.start:q.end + 1], value=q.value * 1e6)
    return q


# A PDF's superscript note numbers run into the text: "... in three movements.15 The ...".
_GLUED_DECIMAL = re.compile(r"(\d[\d,]*)\.(\d{1,2})$")
_NEW_SENTENCE = re.compile(r" [A-Z][a-z]")


def glued_note(text: str, q: Quantity) -> Quantity | None:
    """The count before a note number glued to it ("206.10 On ..." is 206 and note 10), told
    by the note numbered one less glued to a word before it; None when q is a decimal."""
    m = _GLUED_DECIMAL.search(q.text)
    if not m or not _NEW_SENTENCE.match(text, q.end) or \
            SENTENCE_END_BEFORE.search(text, max(0, q.start - 6), q.start):
        return None  # ("States.9 2.2 Status of ISIS": a section's number, left out later)
    note = int(m.group(2))
    before = text[max(0, q.start - 4000):q.start]
    if note < 2 or not re.search(rf"[a-z)\"”’]\.{note - 1}(?=\s)", before):
        return None
    cut = len(m.group(2)) + 1
    return replace(q, end=q.end - cut, text=q.text[:-cut],
                   value=float(m.group(1).replace(",", "")))
