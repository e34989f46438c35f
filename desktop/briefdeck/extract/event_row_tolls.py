"""A chronology row that only counts the hurt counts the happening of the rows above it.

A report's chronology table ("Date <tab> Time <tab> Event") tells an attack in one row
("24 Nov 2312 A drone struck the bridge deck") and its hurt in a later one, often after
midnight ("25 Nov 0130 Head count completed. Three persons injured"). The later row names
no action of its own: its count is of the attack told a row or a few above, a day before at
most, not an attack of the row's own day.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.event_triggers import TRIGGER_RE
from briefdeck.extract.toll_updates import fuller_toll

_ROWS_BACK = 12  # sentences: the rows just above


def _row_dated(text: str, d: Draft) -> bool:
    """Is d told in a table row whose first cell is its date ("25 Nov <tab> 0130 <tab> ...")?"""
    if d.date is None or d.date.precision != "day":
        return False
    line = text.rfind("\n", 0, d.start) + 1
    return (
        line <= d.date.start < d.start
        and "\t" in text[d.date.end : d.start]
        and not text[line : d.date.start].strip()
    )


def fold_row_tolls(text: str, drafts: list[Draft]) -> list[Draft]:
    """Each toll-only row's count moved onto the happening told in the rows above."""
    if "\t" not in text:
        return drafts
    gone: set[int] = set()
    for n, d in enumerate(drafts):
        if (
            d.kind not in VIOLENT
            or not d.casualties
            or d.places
            or d.other
            or d.weapons
            or not _row_dated(text, d)
            or TRIGGER_RE.search(text, d.start, d.end)
        ):
            continue
        day = date.fromisoformat(d.date.iso)
        target = next(
            (
                t
                for t in reversed(drafts[:n])
                if t.kind in VIOLENT and not t.other and id(t) not in gone
            ),
            None,
        )
        if (
            target is None
            or target.date is None
            or target.date.precision != "day"
            or d.sentence - target.sentence > _ROWS_BACK
            or not 0 <= (day - date.fromisoformat(target.date.iso)).days <= 1
        ):
            continue
        target.casualties = fuller_toll(target.casualties, d.casualties)
        target.told_in |= d.told_in
        gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]
