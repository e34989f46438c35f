""""Overnight" told beside "last night": one night, the evening before the report.

"Overnight" alone in a morning report reads as the report's day (the corpus convention). When
the same report also tells of that kind of happening "last night" (dated the day before), the
two name one night, and it began on the evening "last night" gives: "POTUS opened with the
overnight strikes in Iraq ... 'Last night we hit them very hard'" are the strikes of the 23rd
in a report of the 24th, one happening, not two. A live page's entries are each read against
their own stamp, and are left to it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from briefdeck.extract.event_draft import VIOLENT

if TYPE_CHECKING:
    from briefdeck.extract.event_draft import Draft


def _said(d: Draft, words: str) -> bool:
    return d.date is not None and words in d.date.text.lower()


def overnight_as_last_night(dated: list[tuple[Draft, str, str]]) -> list[tuple[Draft, str, str]]:
    """The drafts, each violent one dated "overnight" moved to the day before when a violent
    draft of "last night" is dated that day."""
    nights = {iso for d, iso, p in dated
              if p == "day" and d.kind in VIOLENT and d.entry < 0 and _said(d, "last night")}
    if not nights:
        return dated
    out = []
    for d, iso, p in dated:
        # (a placed happening: "eight wounded overnight" is a toll, left to its own day)
        if p == "day" and len(iso) == 10 and d.kind in VIOLENT and d.entry < 0 and \
                d.places and _said(d, "overnight"):
            before = (date.fromisoformat(iso) - timedelta(days=1)).isoformat()
            if before in nights:
                iso = before
        out.append((d, iso, p))
    return out
