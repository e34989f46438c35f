"""Furniture found by its place in official releases and memorial pages: a sanctions release's
standard "Sanctions Implications" section (every paragraph under the heading is the same legal
text in every release), a release's bare number at its head ("SB1187"), the guestbook entries
under a memorial page's guestbook (a tribute and its "- Name, Town, ST" signature), and a
government site's name and section over the title ("THE WHITE HOUSE" / "BRIEFINGS &
STATEMENTS"), which are not the title.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import SENTENCE_END, ArticleLine

_SANCTIONS_HEADING = re.compile(r"^sanctions implications$", re.IGNORECASE)
_SECTION_END = re.compile(r"^(?:#{3}|\*{3}|-30-|end)$", re.IGNORECASE)
# "SB1187", "JY2455": a release's number alone on its line.
_RELEASE_NUMBER = re.compile(r"^[A-Z]{2}\d{4}$")
# "- Brenda H., Frankfort, OH": a guestbook entry's signature.
_SIGNATURE = re.compile(r"^[-–—]\s*[A-Z][\w.'’ -]{1,40},\s*[A-Z][\w.'’ -]{1,30},\s*[A-Z]{2}$")
_CAPS_LINE = re.compile(r"^[A-Z][A-Z&'’ -]{1,40}$")


def flag_sanctions_section(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The heading and every line under it to the release's end mark or the next heading in
    capitals."""
    for i, line in enumerate(lines):
        if line.words == 2 and _SANCTIONS_HEADING.match(line.text):
            flags[i] = "legal notice"
            for j in range(i + 1, len(lines)):
                text = lines[j].text
                if _SECTION_END.match(text) or (text.isupper() and lines[j].words <= 10):
                    break
                flags[j] = "legal notice"
            return


def flag_release_number(lines: list[ArticleLine], flags: dict[int, str], first_prose: int) -> None:
    for i in range(min(first_prose, len(lines))):
        if i not in flags and _RELEASE_NUMBER.match(lines[i].text):
            flags[i] = "press release furniture"


def flag_guestbook_entries(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Below the guestbook's first line: each signature and the tribute just above it."""
    start = next((i for i, r in flags.items() if r == "guestbook"), None)
    if start is None:
        return
    for i in range(start + 1, len(lines)):
        if i not in flags and _SIGNATURE.match(lines[i].text):
            flags[i] = "guestbook"
            if i - 1 > start and i - 1 not in flags and lines[i - 1].words <= 80:
                flags[i - 1] = "guestbook"


def flag_site_and_section(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Two or three short lines in capitals opening the text, over a longer title in mixed
    case: the site's name and its section, not the story's headline."""
    k = 0
    while k < min(3, len(lines)) and lines[k].words <= 4 and _CAPS_LINE.match(lines[k].text):
        k += 1
    if k < 2 or k >= len(lines):
        return
    title = lines[k]
    if title.words >= 6 and not title.text.isupper() and not SENTENCE_END.search(title.text):
        for i in range(k):
            flags.setdefault(i, "masthead")
