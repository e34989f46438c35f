"""A big number on its own line with its caption below: a fact sheet's "by the numbers" box.

"41" / "one-way attack drones intercepted over Jordan", "~3,800" / "U.S. service members in
Jordan": the number stands alone, as a box or a slide sets it, and the line after it says
what it counts. Read that line's noun as if it followed the number. A table read cell by cell
also sets numbers alone ("Qatar" / "10,000" / "CENTCOM forward headquarters; ..."): a box's
number follows its heading or the caption before it, never a short cell, and its caption is
one phrase, not a list.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_nouns import unit_after
from briefdeck.extract.numbers import Quantity

# What may sit beside a boxed number on its line: a sign before it, a plus or per cent after.
_MARKS_BEFORE = frozenset(" \t~≈$€£")
# The rest of the number's line, one blank line at most, then a caption opening with a word.
_CAPTION_NEXT = re.compile(r"[+%]?[ \t]*\n[ \t]*(?:\n[ \t]*)?(?=[A-Za-z~])")


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
    of the number before (four words or more), rather than a table's short cell?"""
    prev_end = len(text[:line_start].rstrip())
    prev = text[text.rfind("\n", 0, prev_end) + 1:prev_end].strip()
    words = prev.split()
    return len(words) >= 4 or len(words) >= 2 and prev.isupper()
