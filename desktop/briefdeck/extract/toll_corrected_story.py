"""Counts a correction gives as the story's mistake: "...; the article said two sailors had
died." A corrections column states the right toll, then what the corrected story wrongly
said; the wrong count is no toll of the happening (neither added to the right one nor set
against it).
"""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty

# "the article said", "the story had reported", "the original report gave": the corrected
# story's wording follows, to the end of its clause
# (not "the report said": a ministry's or a monitor's report is a source, not a mistake)
_STORY_SAID = re.compile(
    r"\b(?:(?:the|that|our)\s+(?:article|story|obituary|headline)|"
    r"(?:the\s+original|an?\s+earlier)\s+(?:article|story|report|version))\s+"
    r"(?:also\s+)?(?:had\s+)?"
    r"(?:said|stated|reported|gave|put|misstated|described)\b",
    re.I,
)


def story_mistakes_dropped(
    text: str, start: int, end: int, found: list[Casualty]
) -> list[Casualty]:
    """found without the counts told as what a corrected story wrongly said."""
    if "rticle" not in text[start:end] and "tory" not in text[start:end]:
        return found  # (a cheap test first: few sentences quote a story's mistake)
    said = [m.end() for m in _STORY_SAID.finditer(text, start, end)]
    if not said:
        return found
    return [
        c
        for c in found
        if not any(s <= c.start and not any(ch in text[s : c.start] for ch in ";.") for s in said)
    ]
