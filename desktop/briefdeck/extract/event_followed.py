"""What a happening "followed": "the strikes followed a drone launched from Lebanon on Thursday
that was shot down over Metula" tells an earlier happening in passing, with its own day and
place. With no break before it, its action word would join the clause of the happening that
followed it (and be read as that one's retelling); cut there, it is a clause of its own.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_triggers import TRIGGER_ALTERNATIVES, TRIGGERS

# "the strikes followed a drone ...", "the raid followed the downing of ...": what came before
_FOLLOWED = re.compile(r"\s+followed\s+(?=(?:an?|the)\s)")


def split_followed(text: str, start: int, end: int, scopes: list[tuple[str, int, int, int]],
                   dates: list[DateMention]) -> list[tuple[str, int, int, int]]:
    """scopes, with a clause cut before "followed a/the ..." when an action word and a day or
    month of its own come after it: the earlier happening's own clause, from that word (with
    no date of its own it is the cause named, no happening to place)."""
    if text.find(" followed ", start, end) < 0:
        return scopes  # (most sentences)
    out = []
    for kind, c0, t0, c1 in scopes:
        lead = _FOLLOWED.search(text, c0, t0)
        if lead is not None and any(lead.end() <= d.start < c1 and d.precision in ("day", "month")
                                    for d in dates):
            # "Saturday's attack followed a rocket attack on X last week": the happening named
            # before "followed" (no action word of its own) is not this clause's, nor its day
            c0 = lead.end()
        m = _FOLLOWED.search(text, t0, c1)
        nxt = next(TRIGGER_ALTERNATIVES.finditer(text, m.end(), c1), None) if m else None
        if m is None or nxt is None or not any(
                m.end() <= d.start < c1 and d.precision in ("day", "month") for d in dates):
            out.append((kind, c0, t0, c1))
            continue
        out.append((kind, c0, t0, m.start()))
        out.append((TRIGGERS[TRIGGER_ALTERNATIVES.which(nxt)][0], m.end(), nxt.start(), c1))
    return out
