"""A base that lost its defences: "The site had lost its short-range air defence earlier this
month, when its Avenger platoon was moved to Erbil Air Base." The sentence tells a move away
from "the site", the base the text has just named, on the day or month it gives: a
withdrawal there (the unit's arrival elsewhere is told by the move's own words, if at all)."""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, summary
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document

# "the site had lost its short-range air defence", "the base has lost its Patriot battery"
_LOST = re.compile(
    r"\b(?:site|base|outpost|camp|garrison|airfield|post)\s+(?:had\s+|has\s+)?"
    r"lost\s+its\s+(?:[\w-]+\s+){0,3}?(?:air[\s-]+defen[cs]es?|defen[cs]es?|"
    r"batter(?:y|ies)|interceptors|platoon|launchers)\b",
    re.I,
)
# ... when its unit was moved away: the loss is a move, not a defeat
_MOVED = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:moved|relocated|redeployed|withdrawn|"
    r"pulled\s+out|sent)\b"
)
_BACK = 600  # how far back "the site" may name its base (the paragraph of the attack)


def lost_defences(
    doc: Document, drafts: list[Draft], dates: list[DateMention], places: list[PlaceMention]
) -> list[Draft]:
    """drafts, with each base's loss of its defences to a move added (see the module doc)."""
    text, out = doc.text, drafts
    if " lost its " not in text:
        return out
    for m in _LOST.finditer(text):
        i = doc.sentence_index(m.start())
        sent = doc.sentences[i]
        if _MOVED.search(text, m.end(), sent.end) is None:
            continue
        when = next(
            (
                d
                for d in dates
                if sent.start <= d.start < sent.end and d.precision in ("day", "month")
            ),
            None,
        )
        site = [
            p
            for p in places
            if max(0, sent.start - _BACK) <= p.start < sent.start
            and p.precision not in BROAD_PRECISIONS
            and not p.locator
        ][-1:]
        if when is None or not site:
            continue
        if any(
            d.kind == "withdrawal"
            and d.date is not None
            and d.date.iso == when.iso
            and site[0].key in d.keys
            for d in out
        ):
            continue
        d = Draft(
            "withdrawal",
            sent.start,
            sent.end,
            date=when,
            places=[site[0].name],
            summary=summary(text, sent.start, sent.end),
            paragraph=sent.paragraph,
            sentence=i,
        )
        d.locate(site)
        out = [*out, d]
    return out
