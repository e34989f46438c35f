"""When a question-and-answer page was last written: its latest user-card stamp.

A Q&A site's page (Stack Exchange-like) signs the question and each answer with a user card
stamped "asked Nov 24 at 14:02", "answered Nov 25 at 8:47", "edited Nov 26 at 10:15". The
page shows the question as it stood at its latest edit or answer, so that stamp dates it.
The site writes the year only for an earlier year ("asked Nov 24, 2025 at 14:02"); a stamp
without one is of the year the page was shown, which its footer's copyright gives ("Site
design / logo © 2026 ..."). Without that year on the page there is no date.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.ingest.full_dates import _MONTH

# "asked Nov 24 at 14:02", "edited Nov 26, 2025 at 10:15" (the clock makes it a card's stamp)
_CARD_STAMP = re.compile(
    rf"\b(asked|answered|edited)\s++({_MONTH})\s++(\d{{1,2}})\b(?:,?\s++((?:19|20)\d\d)\b)?"
    r"\s++at\s++\d{1,2}:\d\d\b",
    re.IGNORECASE,
)
# "© 2026 Stack Exchange Inc", "Site design / logo © 2026 ...": one year, no range
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*+((?:19|20)\d\d)\b(?!\s*+[-–])", re.I)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_NODES, _NODE_CHARS = 4000, 200


def _page_year(nodes: list[str]) -> int:
    for node in reversed(nodes[-300:]):
        if len(node) < 400 and ("©" in node or "opyright" in node or "(c)" in node):
            m = _COPYRIGHT_YEAR.search(node)
            if m:
                return int(m.group(1))
    return 0


def last_edit(nodes: list[str]) -> str:
    """The ISO day of a Q&A page's latest card stamp, or '' (no question's "asked" card, fewer
    than two stamps, or a stamp without its year on a page that gives none)."""
    found: list[tuple[str, int, int, int]] = []  # (verb, year or 0, month, day)
    for node in nodes[:_NODES]:
        if len(node) > _NODE_CHARS or " at " not in node:
            continue
        low = node.lower()
        if "asked" not in low and "answered" not in low and "edited" not in low:
            continue
        for m in _CARD_STAMP.finditer(node):
            month = _MONTHS.index(m.group(2)[:3].lower()) + 1
            found.append((m.group(1).lower(), int(m.group(4) or 0), month, int(m.group(3))))
    if len(found) < 2 or not any(verb == "asked" for verb, *_ in found):
        return ""
    year = _page_year(nodes) if any(not y for _, y, _, _ in found) else 0
    days = []
    for _, y, month, day in found:
        try:
            days.append(date(y or year, month, day).isoformat() if y or year else "")
        except ValueError:
            continue
    if not days or "" in days:
        return ""  # a stamp of an unknown year: the latest cannot be told
    return max(days)
