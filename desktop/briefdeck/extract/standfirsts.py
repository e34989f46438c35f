"""A standfirst repeats the story's sourcing: it is no source of its own.

Between a headline and the dateline that opens the story ("BAGHDAD--", "MOSCOW, November
26. /TASS/.") a page sets a one-sentence summary, the standfirst ("According to Jane Roe,
Washington should withdraw", "Security sources say the attack was a message"). Its sourcing
summarises what the story then attributes in full, as a headline's does.
"""

from __future__ import annotations

import re

# the dateline opening a story's first paragraph: a city in capitals, then a double dash, a
# credit in brackets and a dash, or a date and the agency's name ("MOSCOW, November 26. /TASS/.")
_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z'’.-]{2,}(?:[ ,]+[A-Z]{2,}[A-Z'’.-]*){0,2}(?:\s*--\s*|\s+\([A-Z][\w.]{1,15}\)"
    r"\s+[–—-]\s+|\s+[–—]\s+|,\s+[A-Z][a-z]+\.?\s+\d{1,2}\.\s*/[A-Z]+/\.\s+)(?=[A-Z\"“])")
_FIRST_CHARS = 2500  # a dateline further in opens a later item, not the story
_WORDS = (6, 45)
_STORY_WORDS = 20


def standfirsts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of a summary's length set above the story's dateline."""
    for m in _DATELINE.finditer(text, 0, min(len(text), _FIRST_CHARS)):
        end = text.find("\n", m.end())
        if len(text[m.start():end if end >= 0 else len(text)].split()) >= _STORY_WORDS:
            break  # a story's first paragraph, not a labelled line ("DESK NOTE -- ...")
    else:
        return []
    spans = []
    pos = m.start()
    for line in reversed(text[:pos].split("\n")):
        pos -= len(line) + 1
        words = len(line.split())
        if words > _WORDS[1]:
            break  # a paragraph of a story: what is above it is no standfirst
        if words >= _WORDS[0] and not line.startswith("By "):
            spans.append((pos + 1, pos + 1 + len(line)))
    return spans
