"""A happening answered, told with its own day and toll: "fired rockets at the town in
response to a strike on Friday on the village of Oakmere, which the ministry said killed two
people and wounded three".

What is answered is never the answer: its day, places and dead are not the answer's (the
relative clause after it, ", which ... killed two", is its toll, not the rockets'). A reader
putting the story on a timeline would still place it: a day of the last weeks before
publication, a place and a toll told. Without a toll it stays background.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, summary, trim
from briefdeck.extract.event_filters import BACKGROUND
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document

# the opening of a background span that names what the news answers
_ANSWERED = re.compile(r"in\s+(?:response|retaliation|revenge)\s+(?:to|for)\s+"
                       r"(?:an?|the|\w+day(?:'s|’s))\s", re.I)
# ", which the ministry said killed two people and wounded three": its toll, to the clause's
# end (a teller may come between "which" and the verb)
_TOLL_TAIL = re.compile(
    r",\s*(?:which|that)\s+(?:[^,;.]{0,60}?\s(?:said|says|reported)\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:killed|wounded|injured)\b[^;.]*", re.I)
_STRIKE = re.compile(r"\b(?:air\s?)?strikes?\b", re.I)
_RECENT_DAYS = 45  # how far before publication the answered day may lie


def with_answered_tolls(text: str, background: list[tuple[int, int]],
                        end: int) -> list[tuple[int, int]]:
    """The background spans, each answered happening's span running on over its toll."""
    out = []
    for b0, b1 in background:
        tail = _TOLL_TAIL.match(text, b1, end) if _ANSWERED.match(text, b0) else None
        out.append((b0, tail.end()) if tail else (b0, b1))
    return out


def answered_happenings(doc: Document, happened: dict[int, list[DateMention]],
                        places_by: dict[int, list[PlaceMention]], drafts: list[Draft],
                        pub_iso: str) -> list[Draft]:
    """Drafts of the happenings the document's sentences answer, each with its own recent
    day and toll, unless a happening of that day with a toll is drafted already. (Drafted
    after the reading: the sentences after one go on about the answer, not about it.)"""
    out: list[Draft] = []
    text = doc.text
    for i, sent in enumerate(doc.sentences):
        if "in re" not in text[sent.start:sent.end]:
            continue  # (most sentences)
        for m in BACKGROUND.finditer(text, sent.start, sent.end):
            b0, b1 = with_answered_tolls(text, [m.span()], sent.end)[0]
            if (answered := _ANSWERED.match(text, b0)) is None or b1 == m.end():
                continue
            if (d := _answered(text, answered.end(), m.end(), b1, happened.get(i, []),
                               places_by.get(i, []), pub_iso)) is None:
                continue
            if any(o.date is not None and o.date.iso == d.date.iso and o.casualties and
                   o.kind in VIOLENT for o in drafts + out):
                continue  # told already
            d.paragraph, d.sentence = sent.paragraph, i
            d.told_in.add(i)
            out.append(d)
    return out


def _answered(text: str, start: int, toll_at: int, end: int, days: list[DateMention],
              places: list[PlaceMention], pub_iso: str) -> Draft | None:
    """The happening named from start, its toll told from toll_at: dated to its one day
    of the last weeks and placed at a site it names, or None."""
    when = [d for d in days if start <= d.start < toll_at and d.precision == "day"]
    if len(when) != 1 or not _recent(when[0], pub_iso):
        return None  # (a day of its own only: without one its day is not known)
    hurt = [c for c in find_casualties(text, toll_at, end) if c.count is not None
            and not c.claimed]
    sites = [p for p in places if start <= p.start < toll_at and not p.locator and
             p.precision not in BROAD_PRECISIONS]
    if not hurt or not sites:
        return None
    kind = "strike" if _STRIKE.search(text, start, toll_at) else "attack"
    start, stop = trim(text, start, end)
    d = Draft(kind, start, stop, when[0], [p.name for p in sites][:3], [], hurt,
              summary(text, start, stop))
    d.locate(sites[:3])
    return d


def _recent(d: DateMention, pub_iso: str) -> bool:
    """Is d a day of the last weeks before publication?"""
    if len(d.iso) != 10 or len(pub_iso) < 10:
        return False
    try:
        gap = (date.fromisoformat(pub_iso[:10]) - date.fromisoformat(d.iso)).days
    except ValueError:
        return False
    return 0 < gap <= _RECENT_DAYS
