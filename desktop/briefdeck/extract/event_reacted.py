"""A happening told as what a statement reacts to ("Doha, November 18 (QNA) - Qatar condemned
the airstrikes in Quneitra, which killed 13 people"): the dateline's day is the statement's,
not the happening's, which the story dates later ("the attack ... late Monday"); so too a
happening told as the cause of the day's news ("oil rose ... after a missile struck a
tanker"). Such a telling, dated only by its dateline, hands its toll to the one violent
happening the next sentences date to an earlier day, and is no event of its own at the
statement's city and day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.toll_updates import fuller_toll

# a reaction to a happening, before the happening's word
_REACTED = re.compile(r"\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ied|ies)|"
                      r"censur\w*|slamm?\w*|lament\w*|mourn\w*|offer\w*\s+condolences\s+"
                      r"(?:over|for)|express\w*\s+(?:its|his|her|their)?\s*(?:deep\s+|"
                      r"strong\s+)?(?:concern|condolences|solidarity|outrage))\b", re.I)

# "Oil prices rose on Tuesday ... after a missile struck a tanker": the happening the day's
# news follows, told as its cause
_AFTER = re.compile(r"\s(?:after|following)\s+$")


def fold_reacted(text: str, drafts: list[Draft], filed: Iterable[DateMention]) -> list[Draft]:
    """drafts, each reacted-to happening dated by its dateline folded into the one violent
    happening dated to an earlier day within a dozen sentences after it (if just one day)."""
    datelines = {id(d) for d in filed}
    if not datelines:
        return drafts  # (most stories)
    gone: set[int] = set()
    for d in drafts:
        if d.kind not in VIOLENT or d.date is None or id(d.date) not in datelines or \
                not d.casualties or not (_REACTED.search(text, d.start, min(d.end, d.start + 240))
                                         or _AFTER.search(text, max(0, d.start - 11), d.start)):
            continue
        later = [e for e in drafts if e is not d and e.kind in VIOLENT and e.date is not None
                 and e.date.precision == "day" and id(e.date) not in datelines
                 and not e.said and 0 < e.sentence - d.sentence <= 12
                 and e.date.iso < d.date.iso]
        if len({e.date.iso for e in later}) != 1:
            continue
        first = min(later, key=lambda e: e.sentence)
        first.casualties = fuller_toll(first.casualties, d.casualties)
        first.told_again(d.sentence)
        gone.add(id(d))
    return [d for d in drafts if id(d) not in gone] if gone else drafts
