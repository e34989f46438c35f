"""A closure dated by the attack that caused it: "the airspace was closed on Sunday night after
the drone attack on the base at Erbil, which wounded five people". The "after the attack"
phrase reads as background (an earlier happening recalled), but here the day told is the
closure's, hours after the attack, and the attack's own toll follows it: the attack is the news
of that day, not background, so the phrase is read as a clause of its own."""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention

# the definite attack recalled, with its own toll in a relative clause
_AFTER_THE = re.compile(r"(?:after|following)\s+the\s", re.I)
_OWN_TOLL = re.compile(r",\s*(?:which|that)\s+(?:[\w-]+\s+){0,2}?(?:killed|wounded|injured)\b",
                       re.I)
# what an attack shuts or sends away on its own day (airspace, airports, roads, flights)
_SHUT = re.compile(r"\b(?:closed|shut|suspended|halted|cancel+ed|diverted|grounded|"
                   r"evacuated|locked\s+down)\b", re.I)
_CLAUSE_END = re.compile(r"[,;]")


def shut_after(text: str, span: tuple[int, int], sent_start: int,
               days: list[DateMention]) -> DateMention | None:
    """The closure's day when the background span is the attack that caused a closure dated
    just before it in the same clause, else None."""
    b0, b1 = span
    if _AFTER_THE.match(text, b0) is None or _OWN_TOLL.search(text, b0, b1) is None or \
            (shut := _SHUT.search(text, sent_start, b0)) is None:
        return None
    return next((d for d in days if d.precision == "day" and shut.end() <= d.start and
                 d.end <= b0 and not _CLAUSE_END.search(text, d.end, b0)), None)
