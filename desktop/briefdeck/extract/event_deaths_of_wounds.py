"""A death from wounds told on a later day: the toll of the attack told before, no attack of
its own.

"The guard died of his wounds in hospital early on Sunday", after Saturday's attack: the
sentence names no happening and no place, only a death, dated by when it came. It counts the
attack of a day or two before (its dead, when that attack's toll already holds them, are the
same people: never one more death); it is never a second attack on the day of the death. Only
when the days before hold one attack's day: with two, whose toll it is is not told.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from briefdeck.extract.event_draft import VIOLENT
from briefdeck.extract.toll_updates import merge_tolls

if TYPE_CHECKING:
    from briefdeck.extract.event_draft import Draft

# "died of his wounds", "succumbed to her injuries": a death from a happening told before
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|has\s+died|had\s+died)\s+(?:later\s+)?(?:of|from)\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries)\b|\bsuccumbed\s+to\s+(?:his|her|their)\s+(?:wounds|injuries)\b",
    re.I,
)
# "another attack", "a new strike": a happening of its own
_NEW = re.compile(r"\b(?:another|new|second|fresh|further|again)\b", re.I)
_WINDOW = 3  # days: a death from wounds is told within a few days of the attack


def deaths_to_their_attack(dated: list[tuple[Draft, str, str]]) -> list[tuple[Draft, str, str]]:
    """dated without the later days' placeless deaths from wounds, each folded into the
    attack of the one day before it that the dated list holds."""
    gone: set[int] = set()
    for d, iso, precision in dated:
        if precision != "day" or d.places or d.kind not in VIOLENT or not d.casualties or \
                not all(c.kind == "killed" and c.from_wounded for c in d.casualties) or \
                not _DIED_OF_WOUNDS.search(d.summary) or _NEW.search(d.summary):
            continue
        day = date.fromisoformat(iso)
        before = [(b, b_iso) for b, b_iso, p in dated if p == "day" and b is not d and
                  id(b) not in gone and b.kind in VIOLENT and not (b.other or b.apart) and
                  0 < (day - date.fromisoformat(b_iso)).days <= _WINDOW]
        if not before or len({b_iso for _, b_iso in before}) != 1:
            continue
        target = next((b for b, _ in before if b.casualties), before[0][0])
        dead = sum(c.count or 0 for c in target.casualties if c.kind == "killed")
        if dead < sum(c.count or 0 for c in d.casualties):
            target.casualties = merge_tolls(target.casualties, d.casualties)
        # (else the attack's toll counts its dead already: this is one of them)
        target.told_in |= d.told_in
        gone.add(id(d))
    return [item for item in dated if id(item[0]) not in gone] if gone else dated
