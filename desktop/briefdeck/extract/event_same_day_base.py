""" "The base" on the day a base was attacked: "a show at Erbil Air Base was cancelled after a
drone attack on the base late Monday. The troupe stayed at Camp Buehring ... Two drones
targeted the base just before midnight on Monday." The base named last is Camp Buehring, but
"the base" attacked on the day an attack on Erbil Air Base was already told is Erbil: the same
happening told again, at the base it was told at (a reader does not move an attack of that
very day to a base the story named since in telling no attack)."""

from __future__ import annotations

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.places import PlaceMention


def same_day_base(
    text: str,
    clause: tuple[int, int],
    where: list[PlaceMention],
    drafts: list[Draft],
    when: DateMention | None,
) -> list[PlaceMention] | None:
    """The base of the attack told last on the day `when`, when the clause names no place and
    `where` is an earlier sentence's base that is not it ("the base", "One was shot down; the
    other hit near a housing area"); else None. (A base named in an attack of that day is
    found first: that attack's base stands.)"""
    c0, c1 = clause
    if (
        when is None
        or when.precision != "day"
        or not where
        or any(c0 <= p.start < c1 or p.precision != "installation" for p in where)
    ):
        return None
    keys = {p.key for p in where}
    for d in reversed(drafts):
        if (
            d.kind in VIOLENT
            and d.date is not None
            and d.date.iso == when.iso
            and d.mentions
            and all(m.precision == "installation" for m in d.mentions)
        ):
            return list(d.mentions) if not keys & {m.key for m in d.mentions} else None
    return None
