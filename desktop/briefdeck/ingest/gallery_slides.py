"""A photo gallery's slides: the caption under each slide's counter is a caption.

A news gallery sets each picture as a slide: its counter ("3 of 12"), a caption of a line or
two, the picture's credit ("Photo: Jo Ames / Agency") and, on some slides, a longer paragraph
that tells the story on. The counter and the credit are furniture by their own rules; the
line between them is the picture's caption, furniture like any caption (what it names is in
the picture, not the report). The paragraph after the credit is the story: kept.
"""

from __future__ import annotations

import re

_COUNTER = re.compile(r"^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}$",
                      re.IGNORECASE)
_CREDIT = "photo caption or credit"
_CAPTION_WORDS = 40  # a longer line is a description paragraph: the story


def flag_slide_captions(lines: list, flags: dict[int, str]) -> None:
    """Flag the line between a slide's counter and its picture's credit."""
    for i in range(1, len(lines) - 1):
        if (
            i not in flags
            and flags.get(i + 1) == _CREDIT
            and i - 1 in flags
            and lines[i].words <= _CAPTION_WORDS
            and _COUNTER.match(lines[i - 1].text)
        ):
            flags[i] = _CREDIT
