"""A channel's repost of another's statement is that party's word, not the channel's news.

A Telegram channel (or a feed that works the same way) reposts a militia's claim or a
ministry's denial under a "Forwarded from X" header. Put first in a briefing, the claim
("... targeted the base with three drones, which hit their targets directly") would read as
what happened; the lede is the channel's own report instead, and the claim stays X's
(sourcing keeps it as X's statement).
"""

from __future__ import annotations

import re

_FORWARDED = re.compile(r"(?m)^[ \t]*(?:Forwarded|Reposted|Shared)[ \t]+from[ \t]+\S")
# A post's stamp on a short line of its own ("Nov 25, 22:03", "22:03"): a new post begins.
_POST_STAMP = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
STAMP_WORDS = 6
LOOK_BACK = 400  # characters: the repost's header, its label line ("Statement") and the text
HEADER_LINES = 3  # non-empty lines above the sentence that may still be the repost's


def reposted(text: str, start: int) -> bool:
    """Is the sentence at `start` in a post forwarded from another channel?"""
    before = text[max(0, start - LOOK_BACK) : start]
    if "from" not in before:
        return False
    lines = [ln for ln in before.split("\n") if ln.strip()]
    # (the sentence's own line, and up to HEADER_LINES lines above it, back to the post's
    # stamp: a stamp above the header opens the channel's own next post)
    for line in reversed(lines[-HEADER_LINES - 1 :]):
        if _FORWARDED.match(line):
            return True
        if _POST_STAMP.search(line) and len(line.split()) <= STAMP_WORDS:
            return False
    return False
