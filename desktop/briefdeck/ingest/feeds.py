"""A news feed (RSS or Atom) saved to a file: every item, not only the first.

A saved feed is markup, so it would be read as a web page, where the page reader keeps the
one "article" it finds and the other items are lost. Here each item becomes a short story of
its own: its title, its date and its text, in the feed's order. feedparser reads the feed
(it tolerates the malformed XML a copied feed often is) and never fetches anything for a
string.
"""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape

# An RSS or Atom document, or items pasted without their channel: the cheap test first.
_FEED_MARK = re.compile(r"<(?:rss|feed|rdf:RDF|channel)\b|<item\b[^>]*>\s*<title\b", re.I)
_TAG = re.compile(r"<[^>]{0,400}>")
_SPACE = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_WRAP = re.compile(r"(?<!\n)[ \t]*\n(?![ \t]*\n)[ \t]*")  # a single line break: a wrap


@dataclass
class Feed:
    text: str
    hints: dict[str, str] = field(default_factory=dict)
    items: int = 0


def looks_like_feed(text: str) -> bool:
    return _FEED_MARK.search(text, 0, 8192) is not None


def _plain(markup: str) -> str:
    """An item's text without its markup: paragraphs kept as blank-line breaks, a line wrapped
    inside one joined up."""
    markup = _WRAP.sub(" ", markup or "")
    markup = re.sub(r"(?i)<\s*(?:br|/p|/div|/li|/h\d)\b[^>]*>", "\n\n", markup or "")
    text = unescape(_TAG.sub(" ", markup))
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _when(parsed: time.struct_time | None) -> datetime | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def feed_to_text(markup: str) -> Feed | None:
    """The feed's items as stories, newest date as the publication date; None when the text
    holds no items (then it is read as the page it may be)."""
    import feedparser  # (imported only for a feed: most articles are not)

    parsed = feedparser.parse(markup)
    entries = [e for e in parsed.entries if e.get("title") or e.get("summary")]
    if not entries:
        return None
    blocks = []
    dates = []
    for e in entries:
        when = _when(e.get("published_parsed") or e.get("updated_parsed"))
        body = ""
        if e.get("content"):
            body = "\n\n".join(_plain(c.get("value", "")) for c in e.content)
        body = body or _plain(e.get("summary", ""))
        title = _plain(e.get("title", ""))
        stamp = f"{when.day} {when:%B %Y}" if when else ""
        blocks.append("\n".join(part for part in (title, stamp, "", body) if part is not None)
                      .strip())
        if when:
            dates.append(when)
    channel = parsed.feed
    hints = {"headline": _plain(channel.get("title", "")),
             "outlet": _plain(channel.get("title", ""))}
    newest = max(dates, default=None) or _when(channel.get("updated_parsed"))
    if newest:
        hints["published"] = newest.date().isoformat()
    return Feed("\n\n".join(blocks), {k: v for k, v in hints.items() if v}, len(entries))
