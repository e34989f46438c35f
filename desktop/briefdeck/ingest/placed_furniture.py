"""Furniture known by its place on the page rather than its words.

An episode page's chapter list and the show's title over its tagline, a document's running
heads met again below its start, a notice in capitals that runs on to the next line: each
line alone could be reporting; where it sits, beside furniture, says it is not.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import SENTENCE_END, ArticleLine
from briefdeck.ingest.rules_media import TAGLINE, chapter_runs, is_running_head

_DANGLING = re.compile(r"\b(?:THE|BY|OF|AND|FOR|TO|ON|AT|IN)$")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w&'’-]*|of|the|and|for|on|in|a")


def flag_episode_page(lines: list[ArticleLine], flags: dict[int, str], first_prose: int) -> None:
    """Furniture found by its place: an episode page's chapter list and show title, a
    document's running heads met again below its start, a notice that runs on a line."""
    for i in chapter_runs([ln.text for ln in lines], [ln.words for ln in lines]):
        flags.setdefault(i, "podcast furniture")
    for i, line in enumerate(lines):
        rule = flags.get(i)
        if rule is None:
            if (
                i > first_prose
                and "," in line.text
                and line.words <= 24
                and is_running_head(line.text, i - 1 in flags or i + 1 in flags)
            ):
                flags[i] = "running head"
            continue
        # "THE LAYERED DEFENSE" over "A podcast from ...": the show's title over its tagline
        if (
            rule == "masthead"
            and line.text[:2] in ("A ", "An")
            and TAGLINE.match(line.text)
            and i > 0
            and i - 1 not in flags
            and lines[i - 1].words <= 6
            and not SENTENCE_END.search(lines[i - 1].text)
            and all(_TITLE_WORD.fullmatch(w) for w in lines[i - 1].text.split())
        ):
            flags[i - 1] = "masthead"
        # "NOT FOR PUBLICATION UNTIL RELEASED BY THE" / "HOUSE ARMED SERVICES COMMITTEE"
        if (
            line.text.isupper()
            and _DANGLING.search(line.text)
            and i + 1 < len(lines)
            and i + 1 not in flags
            and lines[i + 1].text.isupper()
            and lines[i + 1].words <= 8
            and not SENTENCE_END.search(lines[i + 1].text)
        ):
            flags[i + 1] = rule
