"""An ordinal toll counts everyone hit so far: it must fit the toll it goes on from.

"A third man was wounded", "a fourth person was wounded": the ordinal numbers the one hurt
among all those the story has counted, so it goes on from a happening whose toll is one
short of it ("three killed", then "a fourth person was wounded": three dead and one
wounded). After a happening whose toll does not lead up to it (two workers hurt in Kuwait,
then a fourth person wounded in the Baghdad strike told since, whose dead the reader has not
counted), the ordinal cannot be read as a number of anyone's: it is left out, never added
to the wrong happening as a total of four.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefdeck.extract.event_followups import updated

if TYPE_CHECKING:
    from briefdeck.extract.casualties import Casualty
    from briefdeck.extract.event_draft import Draft

_REACH = 12  # sentences back: the toll an ordinal goes on from is told just before it


def fit_ordinals(drafts: list[Draft], i: int, orphans: list[Casualty]) -> list[Casualty]:
    """The orphan counts, each ordinal total read against the toll it goes on from."""
    if not any(c.ordinal for c in orphans):
        return orphans
    out: list[Casualty] = []
    for c in orphans:
        if not (c.ordinal and c.is_total and c.count) or c.from_wounded:
            out.append(c)
            continue
        # (an accident's toll goes on the same way: "a second soldier had also been treated")
        target = updated(drafts, i) or next(
            (d for d in reversed(drafts) if d.casualties and i - d.sentence <= _REACH), None
        )
        if target is None:
            out.append(c)  # nothing counted before: read as the toll rules read it
            continue
        kind = sum(k.count or 0 for k in target.casualties if k.kind == c.kind)
        hurt = sum(k.count or 0 for k in target.casualties)
        if kind == c.count - 1:
            out.append(c)  # "three wounded ... a fourth was wounded": four wounded
        elif hurt == c.count - 1:
            out.append(replace(c, count=kind + 1))  # "three killed ... a fourth wounded"
    return out
