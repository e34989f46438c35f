"""One more of the same day's: "another raid ...", "a second drone ..." told without a date of
its own takes the day of the violent happening told just before (the analyst's "same night")."""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT

# "Another raid was carried out in X, wherein three were killed": one more of the same day's
# ("..., while another strike in Y killed one": a clause opened by its joining word)
ANOTHER_OF_KIND = re.compile(
    r"\s*(?:(?:while|and|but)\s+)?(?:(?:In|in)\s+)?(?:[Aa]nother|[Aa]\s+separate)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:operations?|raids?|attacks?|strikes?|engagements?|clash(?:es)?|ambush(?:es)?|"
    r"incidents?|bombings?)\b")

# "A second drone was shot down ...", "Another rocket hit ...": a weapon of the same day's
SECOND_WEAPON = re.compile(r"\s*(?:[Aa]\s+(?:second|third)|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:drones?|UAVs?|missiles?|rockets?|projectiles?|shells?|mortars?)\b")

# "Debris from the intercepted missile fell on a house": the fall of what was just shot down,
# on that day ("debris from an intercepted drone": one of its own)
FALLOUT_OF_TOLD = re.compile(
    r"\b(?:[Dd]ebris|[Ff]ragments?|[Ss]hrapnel|[Ww]reckage|[Rr]emnants|[Pp]arts|[Pp]ieces)\s+"
    r"(?:from|of)\s+(?:the|one\s+of\s+the|two\s+of\s+the)\s+(?:[\w-]+\s+)?"
    r"(?:intercepted|downed|destroyed)\s")


def sibling_day(drafts: list[Draft], i: int) -> DateMention | None:
    """The day of the violent happening told in the last few sentences, if one was dated."""
    for d in reversed(drafts):
        if i - d.sentence > 6:
            break
        if d.kind in VIOLENT and d.date is not None and d.date.precision == "day":
            return d.date
    return None
