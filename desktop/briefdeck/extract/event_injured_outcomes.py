"""What became of the injured: "three of her crew had been injured", then "one crew member had
died, and two Indian crew members were being treated in Djibouti".

A later statement that splits the injured into those who died and those still being treated
tells the same people again: when the dead and the treated add up to the injured first
counted, the toll is the dead and the treated (1 killed, 2 wounded), not the dead on top of
the first count (1 killed, 3 wounded). Told with "another", "more" or "also", the dead are
others and the counts stay.
"""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty, count_of
from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_words import ITEM

# "two Indian crew members were being treated in Djibouti", "two are still in hospital"
_TREATED = re.compile(
    rf"{ITEM}\s+(?:(?:were|are|was|is|remain(?:ed|s)?)\s+)(?:still\s+)?"
    r"(?:being\s+treated|(?:receiving|under(?:going)?)\s+(?:medical\s+)?(?:treatment|care)|"
    r"in\s+(?:the\s+)?hospital|hospitali[sz]ed)\b",
    re.I,
)
_DIED = re.compile(r"\b(?:died|succumbed)\b")
# the dead told as others than the injured
_OTHERS = re.compile(r"\b(?:another|more|also|additional|further|other)\b", re.I)
# where a sentence ends
_STOP = re.compile(r"[.!?](?=\s+[A-Z\"“])|\n")
_REACH = 300


def fold_injured_outcomes(text: str, drafts: list[Draft]) -> None:
    if " treated" not in text and "hospital" not in text:  # (a cheap test first)
        return
    for d in drafts:
        if d.kind not in VIOLENT:
            continue
        hurt = [c for c in d.casualties if c.kind == "wounded" and c.count]
        dead = [c for c in d.casualties if c.kind == "killed" and c.count]
        if len(hurt) != 1 or len(dead) != 1 or dead[0].start < hurt[0].end:
            continue
        died = dead[0]
        stop = _STOP.search(text, died.end, died.end + _REACH)
        end = stop.start() if stop else min(len(text), died.end + _REACH)
        treated = _TREATED.search(text, died.end, end)
        if treated is None or not _DIED.search(text, died.end, treated.start()):
            continue
        start = text.rfind(".", 0, died.start) + 1
        count = count_of(treated.group("num"))
        if (
            count is None
            or died.count + count != hurt[0].count
            or _OTHERS.search(text, start, treated.end())
        ):
            continue
        still = Casualty(
            treated.start("num"),
            treated.end("np"),
            "wounded",
            count,
            party_of(treated.group("np")),
            treated.group("num"),
        )
        d.casualties = [still if c is hurt[0] else c for c in d.casualties]
