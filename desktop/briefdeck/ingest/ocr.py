"""OCR misreadings inside numbers, mended where nothing else can be meant.

A text layer made by OCR reads "2O26" for 2026, "l,200" for 1,200 and "1 ,200" for 1,200.
Only characters inside a run of digits (or a lone l before a thousands group) change, so a
word is never touched; the text is mended before any fact's span indexes it.
"""

from __future__ import annotations

import re

# O or o between digits: "2O26", "1O5mm".
_O_IN_DIGITS = re.compile(r"(?<=\d)[Oo]+(?=\d)")
# l, I or | between digits: "2l3", "1I0".
_L_IN_DIGITS = re.compile(r"(?<=\d)[lI|]+(?=\d)")
# A lone l opening a number with thousands groups: "l,200", "l.500.000".
_L_OPENING = re.compile(r"(?<![\w.,])l(?=[,.]\d{3}(?!\d))")
# A stray space before a thousands group: "1 ,200" (never "1, 200": that may be a list).
_SPACE_IN_NUMBER = re.compile(r"(?<=\d) (?=,\d{3}(?!\d))")


def repair_numbers(text: str) -> str:
    text = _O_IN_DIGITS.sub(lambda m: "0" * len(m.group()), text)
    text = _L_IN_DIGITS.sub(lambda m: "1" * len(m.group()), text)
    text = _L_OPENING.sub("1", text)
    return _SPACE_IN_NUMBER.sub("", text)
