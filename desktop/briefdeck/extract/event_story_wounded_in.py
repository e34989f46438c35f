"""A sentence whose attack is only the cause of a toll named after it: "The clinic received
four soldiers on Tuesday who were wounded in a drone attack on the outpost." Tuesday is the
day they were received and the clinic where; the attack came before, at the outpost, on a
day told elsewhere ("The attack came late Sunday"), which then dates it."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.sentences import Sentence

# "who were wounded in a rocket attack on", "soldiers hurt in attack on": the attack named as
# the cause of the harm of people the sentence counts
_HURT_IN = re.compile(r"(?:\b(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+"
                      r"(?:\w+ly\s+)?)?\b(?:wounded|injured|hurt)\s+(?:in|during)\s+"
                      r"(?:an?\s+|the\s+)?(?=(?:[\w-]+\s+){0,4}?(?:attack|strike|raid)\b)", re.I)


def cause_undated(text: str, sent: Sentence, made: list[Draft]) -> None:
    """The sentence's violent drafts told only as the cause of a toll: at the places named
    after that cause, and undated when their day is one told before it (another verb's)."""
    if not made:
        return
    m = _HURT_IN.search(text, sent.start, sent.end)
    if m is None:
        return
    for d in made:
        if d.kind not in VIOLENT or d.casualties or not (d.end > m.end() and
                                                         d.start < m.end() + 60):
            continue
        if d.date is not None and sent.start <= d.date.start < m.start():
            d.date = None
        keep = [p for p in d.mentions if p.start >= m.end()]
        if keep and len(keep) < len(d.mentions):  # not the clinic that received them
            d.places, d.keys, d.sites, d.countries, d.points, d.mentions = \
                [p.name for p in keep][:3], set(), set(), set(), [], []
            d.locate(keep[:3])
