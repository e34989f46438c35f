"""A code repository's one-line description under its name.

A README opens with the repository's name (a slug: "base-attacks-iq-sy") and, under it, the
line the project describes itself with ("Open incident log of ..."), the same words as the
repository's "About" box: a tagline, not reporting; the README's own prose follows.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import SENTENCE_END, ArticleLine

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)+$")
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’)]*\s+[A-Z]")  # not "U.S. and coalition"
_REPOSITORY = re.compile(r"\b(?:repository|repo|GitHub|GitLab|README|LICENSE|pull requests?)\b")


def flag_description(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag the single sentence under a repository's name, when the page is a repository's."""
    if len(lines) < 3 or not _SLUG.match(lines[0].text) or not _REPOSITORY.search(text):
        return
    line = lines[1]
    one_sentence = bool(SENTENCE_END.search(line.text)) and not _NEXT_SENTENCE.search(line.text)
    if 1 not in flags and line.words <= 30 and one_sentence:
        flags[1] = "tagline"
