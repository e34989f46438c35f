"""A later sentence that points back at an attack told before is that attack told again, not
one of its own: "experts identified the rocket that hit the station", "he was hit in the arm".

A report tells the strike ("late on Tuesday a rocket struck the pumping station"), then what
was learnt of it later: "bomb-disposal experts, who cleared the site on Wednesday morning,
identified the rocket that hit the station as a Grad", "he was hit by glass ... and went home
last night". The definite weapon and its "that hit" clause, or a person told before as "he" or
"she" and hurt, point back at the strike; the sentence's day is the experts' work or the
patient's return. With no place of its own, such a draft folds into the one attack of the day
or two before it (its toll, gathered there from the sentences after, is the attack's toll told
in full, never added), and is no attack on the later day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from briefdeck.extract.event_draft import VIOLENT
from briefdeck.extract.toll_updates import fuller_toll

if TYPE_CHECKING:
    from briefdeck.extract.event_draft import Draft

# "the rocket that hit the station", "the two drones which struck the depot": a weapon told
# before, named by what it did
_THE_WEAPON_THAT_HIT = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:rocket|drone|missile|shell|bomb|projectile|mortar|"
    r"round)s?\s+(?:that|which)\s+(?:had\s+)?(?:hit|struck|landed|exploded|fell)\b",
    re.I,
)
# "He was hit in the arm by glass", "She was lightly wounded": one told of before, hurt
_PRONOUN_HURT = re.compile(
    r"(?:He|She|They)\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:hit|wounded|injured|"
    r"hurt)\b")
_DAYS_AFTER = 2


def pointed_back_folded(
        dated: list[tuple[Draft, str, str]]) -> list[tuple[Draft, str, str]]:
    """dated without the placeless retellings (module doc), folded into their attack."""
    gone: set[int] = set()
    for d, iso, precision in dated:
        if precision != "day" or d.places or d.kind not in VIOLENT or d.other or d.apart or \
                not (_THE_WEAPON_THAT_HIT.search(d.summary) or _PRONOUN_HURT.match(d.summary)):
            continue
        day = date.fromisoformat(iso)
        before = [(b, b_iso) for b, b_iso, p in dated if p == "day" and b is not d and
                  id(b) not in gone and b.start < d.start and b.kind in VIOLENT and
                  not (b.other or b.apart) and
                  0 < (day - date.fromisoformat(b_iso)).days <= _DAYS_AFTER]
        if not before or len({b_iso for _, b_iso in before}) != 1:
            continue  # (none, or two days' attacks: which one it retells is not told)
        target = next((b for b, _ in before if b.sites), before[-1][0])
        target.casualties = fuller_toll(target.casualties, d.casualties)
        target.told_in |= d.told_in
        gone.add(id(d))
    return [item for item in dated if id(item[0]) not in gone] if gone else dated
