"""A Kindle "My Clippings.txt" file read as the passages and notes of one book.

The file is a run of clippings, each "Title (Author)" over "- Your Highlight on page N |
Location A-B | Added on <day>" (or "Your Note", "Your Bookmark"), a blank line, the
highlighted text or the reader's note, and a "==========" line. Every clipping of every book
lands in the one file, so a clipping from another book is someone else's story; the title and
"Your Highlight" lines repeat above every clipping and are the reader's furniture, as is the
device's "<You have reached the clipping limit for this item>". Left: the highlights and notes
of the book most clipped, in order, each a paragraph; the book's title and author as the
headline and byline, and the day of the latest clipping (when it was read) as its date.
"""

from __future__ import annotations

import re
from collections import Counter

from briefdeck.ingest.full_dates import parse_date

_SEPARATOR = "=========="
_META = re.compile(
    r"^-\s*Your\s+(?:Highlight|Note|Bookmark|Clip)\b[^\n]{0,200}?"
    r"(?:\|\s*Added on\s+(?P<when>[^\n]{6,60}))?$",
    re.I,
)
_LIMIT = re.compile(r"^<\s*You have reached the clipping limit[^>\n]{0,60}>$", re.I)
_AUTHOR = re.compile(r"\s*\(([^()\n]{2,80})\)\s*$")


def looks_like_clippings(text: str) -> bool:
    head = text[:5000]
    return (
        head.count(_SEPARATOR) >= 2
        and "Your " in head
        and sum(1 for line in head.split("\n")[:12] if _META.match(line.strip())) >= 1
    )


def _clippings(text: str) -> list[tuple[str, str, list[str]]]:
    """(title line, added-on day, text lines) of every clipping."""
    out = []
    for chunk in text.split(_SEPARATOR):
        lines = [line.strip() for line in chunk.strip("\n").split("\n")]
        while lines and not lines[0]:
            lines.pop(0)
        if len(lines) < 2 or not (meta := _META.match(lines[1])):
            continue
        words = [line for line in lines[2:] if not _LIMIT.match(line)]
        out.append((lines[0], parse_date(meta.group("when") or ""), words))
    return out


def _author(title_line: str) -> tuple[str, str]:
    """ "The Long Perimeter (Calloway, Renata)" -> the title and "Renata Calloway"."""
    m = _AUTHOR.search(title_line)
    if not m:
        return title_line, ""
    name = m.group(1).strip()
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        name = f"{first} {last}"
    return title_line[: m.start()].strip(), name


def clippings_to_text(text: str) -> tuple[str, dict[str, str]] | None:
    clips = _clippings(text)
    if len(clips) < 2:
        return None
    book = Counter(title for title, _, _ in clips).most_common(1)[0][0]
    paragraphs = []
    days = []
    for title, day, words in clips:
        if title != book:
            continue  # another book's clipping
        if day:
            days.append(day)
        para = "\n".join(w for w in words if w).strip()
        if para:
            paragraphs.append(para)
    if not paragraphs:
        return None
    headline, author = _author(book)
    hints = {"headline": headline}
    if author:
        hints["byline"] = author
    if days:
        hints["published"] = max(days)
    return "\n\n".join(paragraphs), hints
