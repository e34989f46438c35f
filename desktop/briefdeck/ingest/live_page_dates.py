"""A live-updates page is dated by its last update, not by the tag of its first post.

A live page ("Live updates: Missile impact in ...") opens its <meta> publication tag when
the first entry goes up, often late the night before; the page the analyst saved shows the
story as it stood at its "Last updated: 02.12.2026, 09:20" stamp, and its "late on Tuesday
night" counts from that day. Only a page titled as live, with such a stamp as a text node of
its own, is read this way: a story's "Updated" note leaves its publication date alone.
"""

from __future__ import annotations

import re

from briefdeck.ingest.metadata import parse_date
from briefdeck.ingest.stamps import numeric_date

_LIVE_TITLE = re.compile(r"^(?:live(?: updates?| blog)?\s*[:|–—-]|live updates?\b)", re.I)
_LAST_UPDATED = re.compile(r"^(?:last )?updated\s*(?::|\bon\b|\bat\b)?\s*(?P<when>.{6,40})$", re.I)
_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def last_update(headline: str, nodes: list[str]) -> str:
    """The date of a live page's "Last updated" stamp, or '' (not a live page, no stamp)."""
    if not _LIVE_TITLE.match(headline.strip()):
        return ""
    for node in nodes[:300]:
        line = " ".join(node.split())
        if len(line) > 60 or line[:1] not in "LlUu":
            continue
        m = _LAST_UPDATED.match(line)
        if not m:
            continue
        when = m.group("when").strip()
        dotted = _DOTTED.match(when)
        found = numeric_date(*dotted.groups()) if dotted else parse_date(when)
        if found:
            return found
    return ""
