"""Tolls told of several happenings together. "six attacks in five months, one killed", "eight
were wounded in those attacks": a sum, no one happening's. "The ministry put the toll from both
strikes at two killed": the whole of that day's happenings told together, so it is the toll of
the first of them (the story's main), never of the last one told alone."""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty
from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.toll_updates import merge_tolls

# "six attacks in five months, one killed and eleven wounded": happenings counted over a span,
# their toll summed (a few of them too, which many_counted leaves as maybe one raid)
COUNTED_OVER = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                          r"\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|incidents)\s+(?:in|over|"
                          r"within)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|a|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|several)\s+(?:days|weeks|months|"
                          r"years|week|month|year)\b", re.I)
# ("in the two attacks described", "in both strikes": a sum over several, none's own)
THOSE_ATTACKS = re.compile(r"\b(?:in|during|by|from)\s+(?:all\s+(?:of\s+)?)?(?:those|these|"
                           r"such|both|the\s+(?:two|three|four|five))\s+(?:[\w-]+\s+)?"
                           r"(?:attacks|strikes|raids|incidents|assaults)\b", re.I)
# "put the toll from both strikes at", "the toll of the two attacks stood at": the count after
# is of them all
_TOLL_OF_ALL = re.compile(r"\btoll\s+(?:from|of|in|for)\s+(?:both|all|the\s+(?:two|three|four))"
                          r"\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|blasts|explosions)\s+"
                          r"(?:(?:stood|was|is)\s+)?at\s+$", re.I)
_REACH = 12  # sentences looked back over for the day's first happening


def toll_of_all(text: str, start: int, hurt: list[Casualty], drafts: list[Draft],
                i: int) -> bool:
    """Give a toll told of "both strikes" to the first violent happening of the day told last
    (one told "minutes later" is of the same day); True when it was given."""
    if not hurt or _TOLL_OF_ALL.search(text, max(start, hurt[0].start - 90),
                                       hurt[0].start) is None:
        return False
    first, day = None, None
    for d in reversed(drafts):
        if i - d.sentence > _REACH:
            break
        if d.kind not in VIOLENT or d.other or d.date is None:
            continue
        if d.date.precision == "offset" and not d.date.offset_days and \
                not d.date.offset_months:
            first = d  # "About 20 minutes later, a second strike": the same day's
        elif d.date.precision == "day" and day in (None, d.date.iso):
            first, day = d, d.date.iso
        else:
            break
    if first is None:
        return False
    first.casualties = merge_tolls(first.casualties, hurt)
    first.told_again(i)
    return True
