"""A toll that rises is news of a happening it can raise.

"The engineer died in hospital, raising the crew toll to three dead", told after strikes
elsewhere that killed nine: a rise never lowers a count, so the rise belongs to the last
happening told with fewer of that kind, not to the last one told with a toll.
"""

from __future__ import annotations

from briefdeck.extract.casualty_rows import Casualty
from briefdeck.extract.event_draft import VIOLENT, Draft

_REACH = 30  # sentences back a rise may reach


def _count(d: Draft, kind: str) -> int:
    return sum(c.count or 0 for c in d.casualties if c.kind == kind)


def below_the_rise(
    drafts: list[Draft], i: int, update: Draft, orphans: list[Casualty]
) -> Draft | None:
    """The happening a rise told in sentence i raises, when update (the last one tolled)
    already counts more than the rise reaches; None when update may be the one."""
    rises = [c for c in orphans if c.rise and c.is_total and c.count]
    if not rises or not all(_count(update, c.kind) > (c.count or 0) for c in rises):
        return None
    for d in sorted(drafts, key=lambda d: d.sentence, reverse=True):
        if i - d.sentence > _REACH:
            break
        if (
            d is not update
            and d.kind in VIOLENT
            and d.casualties
            and not d.other
            and all(
                0 < _count(d, c.kind) < (c.count or 0)
                or (
                    c.kind == "killed"
                    and _count(d, "wounded")
                    and _count(d, "killed") < (c.count or 0)
                )
                for c in rises
            )
        ):
            return d
    return None
