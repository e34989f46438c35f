"""An earlier attack recalled with its own year and toll: "the deadliest since the strike on
Tower 22 in Jordan in January 2024, which killed three soldiers and wounded more than 40",
"after the January 2024 attack on the outpost, in which three soldiers were killed".

The recalled clause is background to the news (its date, places and dead are not the day's
happening), yet a reader putting the story on a timeline would place that earlier attack too:
it is named, dated to a month or a day of a given year before publication, and its toll is
told. Without a year ("since the Oct. 7 attack") or a toll it stays background.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, inside_span, summary, trim
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.event_memory import SentenceRead
from briefdeck.extract.places import PlaceMention

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# ", in which three soldiers were killed": the recalled attack's own toll, just after it
# (to the clause's end: "three U.S. soldiers" runs past "U.S.")
_IN_WHICH = re.compile(r",\s*in\s+which\s+(?:[^,;.]|\.(?!\s)|(?<=\b[A-Z])\.)*", re.I)
# the opening word of a background span that recalls a happening ("since the strike on")
_RECALL_OPEN = re.compile(r"(?:since|after|following|before)\s+(?:the|an?)\s", re.I)
# "after the attack on X earlier this month (6 November)": a recent day recalled, of the
# story's own year however it is written (a bare "Oct. 7 attack" may be any year's)
_RECENT = re.compile(r"\b(?:earlier\s+(?:this|that|in\s+the)\s+(?:month|week)|last\s+week|"
                     r"(?:this|that|the\s+same)\s+month)\b", re.I)
# ", in which no one was hurt": a recalled attack's toll told as none, told all the same
# "rose after a drone attack on the base on Nov. 24 killed an airman": a happening told in
# full as the time of another, new to the reader ("a", not "the"), with its day after it; a
# day of the last weeks before publication is the story's own, not a bare anniversary
_NEW_TOLD = re.compile(r"(?:after|following)\s+an?\s", re.I)
_ON_DAY = re.compile(r"\bon\s+(?:the\s+night\s+of\s+)?$", re.I)
_NEW_DAYS = 45  # how far before publication such a day may lie
_NONE_HURT = re.compile(r"\b(?:no\s*one|nobody)\s+(?:was|were|had\s+been)\s+(?:hurt|injured|"
                        r"wounded|killed)\b|\bno\s+(?:one\s+)?(?:casualties|injuries)\b", re.I)


def recalled_dated(text: str, s: SentenceRead, days: list[DateMention],
                   places: list[PlaceMention], drafts: list[Draft], pub_iso: str,
                   paragraph: int) -> list[Draft]:
    """Drafts of the attacks the sentence's background clauses recall with a year and a
    toll, unless that month's attack with a toll is drafted already."""
    out: list[Draft] = []
    for b0, b1 in s.background:
        if not _RECALL_OPEN.match(text, b0):
            continue
        tail = _IN_WHICH.match(text, b1)
        end = tail.end() if tail else b1
        recent = _RECENT.search(text, b0, end) is not None
        new = _NEW_TOLD.match(text, b0) is not None
        if new and tail is None:  # (its verb and toll to the clause's end, past "Nov.")
            semi = text.find(";", b1, s.sent.end)
            end = s.sent.end if semi < 0 else semi
        when = [d for d in days if b0 <= d.start < end and d.precision in ("day", "month")
                and d.iso < pub_iso[:len(d.iso)] and (_YEAR.search(d.text) or (
                    recent and d.precision == "day" and d.iso[:7] == pub_iso[:7]) or (
                    new and _days_before(d, pub_iso) and _on_day(text, b0, d)))]
        if len(when) != 1:
            continue
        hurt = [c for c in find_casualties(text, b0, end) if c.count and not c.claimed]
        unhurt = not hurt and recent and tail is not None and \
            _NONE_HURT.search(text, tail.start(), tail.end()) is not None
        if not hurt and not unhurt:
            continue
        month = when[0].iso[:7]
        if any(d.date is not None and d.date.iso[:7] == month and d.kind in VIOLENT and
               (d.casualties or (unhurt and d.date.iso == when[0].iso)) for d in drafts + out):
            continue  # told already (a timeline's entry, an earlier sentence)
        at = [p for p in places if b0 <= p.start < end and not p.locator]
        sites = [p for p in at if p.precision not in BROAD_PRECISIONS] or at
        start, stop = trim(text, b0 + len(text[b0:end].split(None, 1)[0]), end)
        d = Draft("attack", start, stop, when[0], [p.name for p in sites][:3],
                  list(dict.fromkeys(w.name for w in inside_span(s.systems, b0, end))),
                  hurt, summary(text, start, stop), paragraph, s.i)
        d.locate(sites[:3])
        out.append(d)
    return out


def _on_day(text: str, b0: int, d: DateMention) -> bool:
    """Is d written after "on" ("on Nov. 24"), the day told after the happening's noun?"""
    return d.text.lower().startswith("on ") or \
        _ON_DAY.search(text, max(b0, d.start - 20), d.start) is not None


def _days_before(d: DateMention, pub_iso: str) -> bool:
    """Is the day d one of the last weeks before publication?"""
    if d.precision != "day" or len(d.iso) != 10:
        return False
    try:
        gap = (date.fromisoformat(pub_iso[:10]) - date.fromisoformat(d.iso)).days
    except ValueError:
        return False
    return 0 < gap <= _NEW_DAYS
