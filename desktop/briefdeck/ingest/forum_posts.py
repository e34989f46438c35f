"""A forum thread's furniture around each post (vBulletin, phpBB style), found by its place.

A thread prints each post under a numbered header ("#4 | 11-25-2026, 04:58 PM") over the
poster's block: their name, their rank ("Senior Member", "Moderator") and their details
("Join Date: Mar 2019", "Posts: 4,127"); under the post, its signature below a rule of
underscores. The name and the rank are short lines with no mark of their own: they are known
by sitting between the header and the details lines. The signature is the poster's motto or
disclaimer, the same under every post, never reporting.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

# "#4 | 11-25-2026, 04:58 PM", "#4 | Nov 25, 2026, 4:58 PM": a numbered post's header.
_POST_HEADER = re.compile(
    r"^#\d{1,6}\s*[|·•-]?\s*(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|"
    r"today|yesterday)\b"
)
# "Join Date: Mar 2019", "Posts: 4,127": the details closing the poster's block.
_DETAIL = re.compile(
    r"^(?:join(?:ed)? date|joined|member since|posts|messages|reputation|"
    r"rep power|location|thanks)\b[^:]{0,12}:",
    re.IGNORECASE,
)
_SIGNATURE_RULE = re.compile(r"^_{5,}$")
_BLOCK_SPAN = 8  # header, name, rank, a few details
_BLOCK_WORDS = 4  # a name or a rank
_SIGNATURE_LINES, _SIGNATURE_WORDS = 3, 30
_MIN_POSTS = 2


def has_posts(text: str) -> bool:
    """Whether the text may be a forum thread: numbered post headers (a cheap first test)."""
    return "#" in text and ("Join Date" in text or "Posts:" in text or "_____" in text)


def flag_posts(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag each poster's block under its post header and each signature under its rule, in
    a thread of two or more numbered posts."""
    headers = [
        i for i, ln in enumerate(lines) if ln.text[:1] == "#" and _POST_HEADER.match(ln.text)
    ]
    if len(headers) < _MIN_POSTS:
        return
    for i in headers:
        flags.setdefault(i, "forum furniture")
        _flag_poster_block(lines, flags, i)
    starts = set(headers)
    for i, line in enumerate(lines):
        if line.text[:1] == "_" and _SIGNATURE_RULE.match(line.text):
            flags.setdefault(i, "forum furniture")
            for j in range(i + 1, min(i + 1 + _SIGNATURE_LINES, len(lines))):
                if j in starts or j in flags or lines[j].words > _SIGNATURE_WORDS:
                    break
                flags[j] = "forum furniture"


def _flag_poster_block(lines: list[ArticleLine], flags: dict[int, str], header: int) -> None:
    """The short lines (name, rank) from the header down to the poster's last details line."""
    last = 0
    for j in range(header + 1, min(header + 1 + _BLOCK_SPAN, len(lines))):
        if _DETAIL.match(lines[j].text) and lines[j].words <= 8:
            last = j
        elif lines[j].words > _BLOCK_WORDS or lines[j].text[-1:] in ".!?":
            break
    for j in range(header + 1, last + 1):
        flags.setdefault(j, "forum furniture")
