"""A later post's retelling of an attack an earlier post told is that attack, not another.

A thread, digest or live page tells an attack in one post (a base targeted on a named evening,
a count of wounded) and a reply a day later tells it again from a statement issued since
("per the statement overnight, drones were launched from the south; two were downed"). Dated
by the reply's own stamp, the retelling would be a second attack a day later. A violent draft
told in a later post (stamped entry) that adds no place and no toll, dated in words (no day
number) one or two days after the one attack told before it in an earlier post, with the same
kind of weapon, is that attack told again, no event of its own. A retelling that names a place
or a toll, or is said to be another attack, stays (it may be one).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from briefdeck.extract.event_draft import VIOLENT

if TYPE_CHECKING:
    from briefdeck.extract.event_draft import Draft

_DAYS_AFTER = 2  # a reply the next day or the one after; later, a new attack is as likely


def _weapon_heads(d: Draft) -> set[str]:
    """The kinds of weapon told ("one-way attack drones", "drone" -> "drone")."""
    return {w.split()[-1].lower().rstrip("s") for w in d.weapons if w.strip()}


def _retells(first: Draft, first_iso: str, d: Draft, iso: str) -> bool:
    days = (date.fromisoformat(iso) - date.fromisoformat(first_iso)).days
    return (
        0 <= days <= _DAYS_AFTER
        and first.entry >= 0
        and d.entry > first.entry
        and first.start < d.start
        and bool(first.places or first.casualties)
        and bool(_weapon_heads(first) & _weapon_heads(d))
    )


def drop_retold(result: list[tuple[Draft, str, str]]) -> list[tuple[Draft, str, str]]:
    """Drop the bare retellings (module doc) of an attack an earlier post told."""
    out: list[tuple[Draft, str, str]] = []
    for d, iso, precision in result:
        bare = (
            precision == "day"
            and d.kind in VIOLENT
            and len(iso) == 10
            and d.entry >= 0
            and d.date is not None
            and not (d.places or d.casualties or d.other or d.apart)
            and not any(ch.isdigit() for ch in d.date.text)
        )
        if bare:
            before = [
                (x, x_iso)
                for x, x_iso, p in out
                if p == "day"
                and x.kind in VIOLENT
                and len(x_iso) == 10
                and x.entry >= 0
                and x.entry < d.entry
                and 0 <= (date.fromisoformat(iso) - date.fromisoformat(x_iso)).days <= _DAYS_AFTER
            ]
            # (two attacks told in that span: which one it retells cannot be told)
            if len(before) == 1 and _retells(before[0][0], before[0][1], d, iso):
                continue
        out.append((d, iso, precision))
    return out
