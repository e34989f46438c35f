"""A toll told as a happening's first word, paragraphs after it: "The first word from the
garrison on Tuesday was that three guards had minor injuries." The sentence names no place
and tells no happening; its day is the day the word was given, not a happening's. It is the
first count of the story's happening (the first one dated to a day), which later counts
revise ("raised the count to five")."""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.event_memory import SentenceRead
from briefdeck.extract.toll_updates import fuller_toll

# "The first word from ...", "Initial reports ...", "The earliest account ..." at the head
# of the sentence, then "was that" / "were that" / "said"
_FIRST_WORD = re.compile(
    r"[\"“]?(?:The\s+|An?\s+|Its\s+|Their\s+)?(?:first|initial|earliest|preliminary)\s+"
    r"(?:word|reports?|accounts?|statements?|counts?|news)\b[^.;:]{0,80}?"
    r"\b(?:was|were|said|had\s+been)\s+that\b", re.I)
_REACH = 20  # how many sentences back the story's happening may have been told


def first_word_told(text: str, s: SentenceRead, drafts: list[Draft], entry: int,
                    orphans: list[Casualty]) -> bool:
    """Give the story's happening the first count told in s; False when s is no such
    telling or no happening is there to take it."""
    sent = s.sent
    if not orphans or any(c.added for c in orphans) or \
            _FIRST_WORD.match(text, sent.start, sent.end) is None or \
            any(p.precision not in BROAD_PRECISIONS for p in s.places):
        return False
    target = next((d for d in drafts if 0 < s.i - d.sentence <= _REACH and d.kind in VIOLENT
                   and d.entry == entry and not d.other and d.date is not None and
                   d.date.precision == "day"), None)
    if target is None:
        return False
    target.casualties = fuller_toll(target.casualties, orphans)
    target.told_again(s.i)
    return True
