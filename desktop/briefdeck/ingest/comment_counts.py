"""A post's comment count on its byline line: "Posted May 4 by Jo Ames · 14 comments".

A blog or a forum sets the number of comments (or replies, likes, views) after the post's
date and writer, on the same line. The date and the writer are the post's metadata and
stay; the count is the page's own counter, no fact of the story, so only it is flagged.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

# "Posted ...", "Published ...", "By ...": a post's byline line
_POST_HEAD = re.compile(r"^(?:posted|published|updated|written|by)\b", re.I)
# " · 14 comments", " | 1.2K views": the counter closing that line
_COUNT = re.compile(
    r"[ \t]*+[·•|][ \t]*+\d{1,6}(?:[.,]\d{1,3})?[KkM]? (?:comments?|replies|responses|"
    r"reactions|likes|shares|views)$",
    re.I,
)
_HEAD_LINES = 15


def comment_counts(lines: list[ArticleLine], flags: dict[int, str]) -> list[tuple[int, int]]:
    """(start, end) of the counter closing a post's byline line near the top."""
    out: list[tuple[int, int]] = []
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if i in flags or line.words > 30 or not _POST_HEAD.match(line.text):
            continue
        m = _COUNT.search(line.text)
        if m:
            out.append((line.start + m.start(), line.end))
    return out
