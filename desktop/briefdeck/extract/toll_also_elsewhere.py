"""The hurt at a second site of one attack: "drones were also aimed at a nearby camp, where
two soldiers were lightly hurt".

A notice or story gives the toll where the attack landed first, then says the attack also
reached another site and counts the hurt there in a "where" clause. Those are more people hit
in the same attack, added to its toll: never a breakdown of the first count by party (four
dockers wounded, then two soldiers at the camp, are six hurt, not four with two soldiers
among them)."""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualty_rows import Casualty

# (a cheap test first, on the lower-cased clause)
ELSEWHERE_CUE = ", where "
# "... were also directed at nearby Camp X, where " just before the count: the attack told as
# reaching another site (the verb of aiming or hitting, "also" before it), the count the hurt
# there. Read only in the 160 characters before the count, which end on "where".
_ALSO_AT_WHERE = re.compile(
    r"\balso\s+(?:been\s+)?(?:directed|aimed|launched|fired|targeted|struck|hit|attacked|"
    r"sent|flown|headed)\b[^.;:!?]{0,120},\s+where\s+(?:at\s+least\s+|some\s+)?$",
    re.I,
)


def at_second_site(text: str, start: int, c: Casualty) -> bool:
    """Is c told as the hurt at a second site the attack also reached?"""
    return bool(_ALSO_AT_WHERE.search(text, max(start, c.start - 160), c.start))


def hurt_elsewhere_added(text: str, start: int, found: list[Casualty]) -> list[Casualty]:
    """found with the counts told as the hurt at a second site of the attack marked as added
    to its toll."""
    return [replace(c, added=True) if not c.added and at_second_site(text, start, c) else c
            for c in found]
