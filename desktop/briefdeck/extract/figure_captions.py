"""A big number on its own line with its caption below: a fact sheet's "by the numbers" box.

"41" / "one-way attack drones intercepted over Jordan", "~3,800" / "U.S. service members in
Jordan": the number stands alone, as a box or a slide sets it, and the line after it says
what it counts. Read that line's noun as if it followed the number. A table read cell by cell
also sets numbers alone ("Qatar" / "10,000" / "CENTCOM forward headquarters; ..."): a box's
number follows its heading or the caption before it, never a short cell, and its caption is
one phrase, not a list. A money table read row by row ("Grants" / "$1,240,000" / "Events" /
"$580,000") alternates the same way, its labels before their amounts: a line is the caption of
the number before only when that number was itself a box's, back to the box's heading; each
amount of such a table takes its own row's label, the line above it.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_column_heads import column_label
from briefdeck.extract.figure_nouns import unit_after
from briefdeck.extract.numbers import Quantity

# What may sit beside a boxed number on its line: a sign before it, a plus or per cent after.
_MARKS_BEFORE = frozenset(" \t~≈$€£")
# The rest of the number's line, one blank line at most, then a caption opening with a word.
_CAPTION_NEXT = re.compile(r"[+%]?[ \t]*\n[ \t]*(?:\n[ \t]*)?(?=[A-Za-z~])")
# A line that is one number and nothing else: "27", "~1,200", "$580,000", "3.5 million", "40%".
_LONE_NUMBER = re.compile(r"[~≈$€£]{0,2}\d[\d,.]*(?:\s*(?:million|billion|bn|m|k))?[+%]?",
                          re.IGNORECASE)
# How far back a run of boxed numbers is followed: a longer run is taken as a box.
_RUN_STEPS = 12


def caption_unit(text: str, q: Quantity) -> tuple[str, str] | None:
    """The unit and phrase a lone number's caption line gives it; None when q is not alone
    on its line or no caption follows."""
    line_start = text.rfind("\n", 0, q.start) + 1
    if q.start - line_start > 3 or any(c not in _MARKS_BEFORE for c in
                                       text[line_start:q.start]):
        return None
    nxt = _CAPTION_NEXT.match(text, q.end)
    if not nxt or not _after_box_line(text, line_start):
        return None
    end = text.find("\n", nxt.end())
    if ";" in text[nxt.end():end]:
        return None  # "Fighter squadrons; Patriot battery": a table cell's list
    unit, phrase = unit_after(text, nxt.end(), len(text) if end < 0 else end)
    return (unit, phrase) if unit else None


def _after_box_line(text: str, line_start: int) -> bool:
    """Is the last line before the number's a box's heading ("BY THE NUMBERS") or the caption
    of the number before (four words or more), rather than a table's short cell or row label?
    A caption's own number must be a box's too: walk the run back to its heading."""
    for _ in range(_RUN_STEPS):
        prev_start, prev = _line_before(text, line_start)
        words = prev.split()
        if len(words) >= 2 and prev.isupper():
            return True
        if len(words) < 4:
            return False
        number_start, number = _line_before(text, prev_start)
        if not _LONE_NUMBER.fullmatch(number):
            return True  # a caption-like line after prose: the box opens here
        line_start = number_start  # the caption of that number only if it was a box's
    return True


def _line_before(text: str, line_start: int) -> tuple[int, str]:
    """The start and stripped words of the last non-blank line before line_start."""
    end = line_start
    while end > 0 and text[end - 1].isspace():  # no copy of the text before: a long text
        end -= 1  # has many lone numbers
    start = text.rfind("\n", 0, end) + 1
    return start, text[start:end].strip()


# A row's label: a few words with no number, not a sentence or a heading's colon.
_ROW_LABEL = re.compile(r"[A-Z][^\d\n:;.!?]{0,60}")


def row_label(text: str, start: int, end: int) -> str:
    """The label of an amount's row in a table read row by row ("Events" / "$580,000"): the
    line above the amount, when the amount stands alone on its line and a row of the same
    shape is next to it (a lone number above the label, or a label and a number below)."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 3 or any(c not in _MARKS_BEFORE for c in text[line_start:start]):
        return ""
    line_end = text.find("\n", end)
    if text[end:len(text) if line_end < 0 else line_end].strip():
        return ""
    in_columns = column_label(text, line_start, len(text) if line_end < 0 else line_end)
    if in_columns is not None:
        return in_columns  # "Fuel (previous amount)": one of its row's amounts
    label_start, label = _line_before(text, line_start)
    if not _ROW_LABEL.fullmatch(label) or len(label.split()) > 6:
        return ""
    _, above = _line_before(text, label_start)
    below = _LINE_PAIR.match(text, end)
    if _LONE_NUMBER.fullmatch(above) or below and _ROW_LABEL.fullmatch(below.group(1)) and \
            len(below.group(1).split()) <= 6:
        return label
    return ""


# The next row: a label line, then a lone amount line (blank lines between them).
_LINE_PAIR = re.compile(r"[ \t]*\n\s*([^\n]+?)[ \t]*\n\s*[~≈$€£]{1,2}\d[\d,.]*"
                        r"(?:\s*(?:million|billion|bn|m|k))?[ \t]*(?:\n|$)", re.IGNORECASE)
