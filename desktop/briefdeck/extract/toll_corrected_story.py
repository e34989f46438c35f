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
    r"(?:the\s+original|an?\s+earlier)\s+(?:article|story|report|version)|"
    # "A headline and article on Nov. 19 said": a story named by its day (a corrections
    # column's way; "an article in the Times said" is a source, not a mistake)
    r"an?\s+(?:headline\s+and\s+(?:an?\s+)?)?(?:article|story|headline)\s+on\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s+\d{4})?)\s+"
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


def told_by_story(text: str, start: int, pos: int) -> bool:
    """Whether text[pos] is inside what a corrected story wrongly said, in the sentence from
    start:
    "The article also said two drones were launched; ..." (the clause up to ";" or ".").
    A correction's quoted wrong statement is no happening."""
    if (
        "rticle" not in text[start:pos]
        and "tory" not in text[start:pos]
        and "eadline" not in text[start:pos]
    ):
        return False  # (a cheap test first)
    # (start is the sentence's: a clause ends at ";", never at the stop of "U.S.")
    return any(
        m.end() <= pos and ";" not in text[m.end() : pos]
        for m in _STORY_SAID.finditer(text, start, pos)
    )
