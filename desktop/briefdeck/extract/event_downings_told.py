"""Downings a statement tells of the attack just told: no new happening on the statement's day.

"The attack hit the base late Thursday. The command said Monday that three drones were
involved, and that two were shot down by the base's defences." The statement's day is when it
was told; the drones shot down, and "the third" that struck, were part of Thursday's attack
(the clause names no place of its own and either tells a downing or counts on from the
weapons just counted; the paragraph has just told a dated attack): that attack's day. A
strike a statement reports on its own ("said on 5 January that jets had struck the launch
sites") stays that day's news.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft

# the defence's side of an attack: drones or missiles brought down as it was met
_DOWNED = re.compile(r"shot\s+down|downed|intercepted|knocked\s+down|brought\s+down", re.I)
# "before the third struck", "and that two were": a count with no noun, one of the weapons
# the statement has just counted
_COUNTED_ON = re.compile(
    r"(?:\W*+(?:and|but|before|after|while|that|then)\b)*+\W*+(?:the\s+)?"
    r"(?:one|two|three|four|five|six|\d{1,2}|first|second|third|fourth|"
    r"last|other|others|rest)(?:\s+(?:was|were|had|of\s+them))?\s*+$",
    re.I,
)


def told_attack_day(
    text: str,
    span: tuple[int, int, int],
    clause_places: bool,
    prev: Draft | None,
    paragraph: int,
    violent: frozenset | set,
) -> DateMention | None:
    """The day of the attack just told (prev) when the clause (c_start, t_start, c_end) is a
    detail of it (see above), else None."""
    c_start, t_start, c_end = span
    if (
        clause_places
        or prev is None
        or prev.kind not in violent
        or prev.date is None
        or prev.date.precision != "day"
        or prev.paragraph != paragraph
    ):
        return None
    if _DOWNED.match(text, t_start, min(c_end, t_start + 20)) or _COUNTED_ON.match(
        text, max(c_start, t_start - 40), t_start
    ):
        return prev.date
    return None
