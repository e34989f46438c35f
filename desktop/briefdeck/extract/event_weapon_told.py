"""A weapon named with "the" at a site an attack was told at: that attack, told at length.

"Overnight, a drone from Lebanon struck near Kiryat Shmona." then, under a heading further
down, "The drone struck an open area in Kiryat Shmona; two men were hurt.": "the drone" is
the one told, so the section's telling (with its toll) takes the day of the lede's, however
many sentences lie between (an answer or a report that sums up first and goes on by topic).
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import told_before
from briefdeck.extract.places import PlaceMention

# "The drone struck ...", "The missiles hit ...": the sentence opens with the weapon as known
_THE_WEAPON_OPENS = re.compile(
    r"[*_ ]*The\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?|rockets?|"
    r"projectiles?)\s+(?:[\w-]+\s+)?$"
)
_REACH = 30  # sentences back (a summary's lede, then sections on each of its happenings)


def weapon_told_day(
    text: str, sent_start: int, t_start: int, drafts: list[Draft], i: int, where: list[PlaceMention]
) -> DateMention | None:
    """The day of the attack at the clause's sites when the sentence opens with "the" weapon
    (None otherwise)."""
    if t_start - sent_start > 60 or not _THE_WEAPON_OPENS.match(text, sent_start, t_start):
        return None
    return told_before(drafts, i, where, _REACH)
