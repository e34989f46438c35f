"""A move dated by an attack's day is not dated at all.

A contract modification or a memo packs its reasons into one sentence: "to close the kitchen at
Camp North following the withdrawal of our troops from the site, and to repair the hall
damaged in the attack of 3 May 2026". The only day in it is the attack's ("the attack of 3
May", "the 3 May attack"); the withdrawal told as a noun before it took that day for want of
its own, and would stand on a slide as a withdrawal on the day of the attack. Such a move
(a withdrawal, handover or deployment whose day is named later in its sentence, bound to an
attack's noun) is dropped: the record tells the move's own day elsewhere if it has one.
"""

from __future__ import annotations

import re

from briefdeck.model import Event

_MOVES = frozenset({"withdrawal", "handover", "deployment"})
# "the hostile attack of ", "the drone strike on ": the day after it is that happening's
_ATTACK_OF = re.compile(r"\b(?:attack|strike|raid|bombing|assault|shelling)s?\s+(?:of|on)\s+$",
                        re.I)
# "3 May 2026 attack": the day before the noun is that happening's
_ATTACK_AFTER = re.compile(r"\s*+(?:\w+\s+)?(?:attack|strike|raid|bombing|assault|shelling)\b",
                           re.I)
_REACH = 400  # how far on in its sentence a move's day may be named


def moves_dated_by_attacks(text: str, events: list[Event]) -> list[Event]:
    """events less the moves whose only day is an attack's named after them."""
    return [e for e in events if not _dated_by_attack(text, e)]


def _dated_by_attack(text: str, e: Event) -> bool:
    if e.kind not in _MOVES or not e.date_text or e.provenance is None:
        return False
    start, end = e.provenance.start, e.provenance.end
    if e.date_text in text[start:end]:
        return False  # (its own clause names its day)
    stop = min(len(text), end + _REACH)
    for mark in (". ", ".\n", "\n\n"):  # up to its sentence's end
        at = text.find(mark, end, stop)
        stop = at if at >= 0 else stop
    at = text.find(e.date_text, end, stop)
    if at < 0:
        return False
    return bool(_ATTACK_OF.search(text, max(end, at - 40), at) or
                _ATTACK_AFTER.match(text, at + len(e.date_text), stop))
