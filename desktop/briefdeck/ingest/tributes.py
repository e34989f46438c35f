"""A memorial page's tributes: what visitors wrote, under the section's counted heading.

A memorial profile closes with its visitors' tributes ("Tributes (41)", then each tribute
and its signature). They are condolences, not the record of the death: the heading and every
tribute under it are furniture. A page may drop the signatures as chrome, so the tributes are
known by their place under the heading, not by a "- Name" line after each.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine, is_prose

_HEADING = re.compile(
    r"^(?:tributes|condolences|guest ?book(?: entries)?|memories|remembrances|messages of "
    r"(?:condolence|sympathy))\s*\(\d[\d,]{0,7}\)$",
    re.I,
)
_TRIBUTE_WORDS = 80  # a tribute is a few sentences; a longer line is a page's own text again
_TRIBUTES = 60  # a page shows a few dozen before "Show more"
_STORY_WORDS = 30


def flag_tributes(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The counted heading and the lines under it, once the story has been told above it (a
    "Tributes (41)" tab over the story is a link, not the section)."""
    headings = [
        i
        for i, line in enumerate(lines)
        if line.words <= 5 and line.text[-1:] == ")" and _HEADING.match(line.text)
    ]
    for i in headings:
        if not any(
            line.words >= _STORY_WORDS and is_prose(line.text, line.words) for line in lines[:i]
        ):
            continue
        flags[i] = "guestbook"
        for k in range(i + 1, min(i + 1 + _TRIBUTES, len(lines))):
            if lines[k].words > _TRIBUTE_WORDS:
                break
            flags.setdefault(k, "guestbook")
        return
