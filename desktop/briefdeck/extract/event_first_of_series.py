"""The first of a series, told in passing: "This is the second drone attack on Khor Mor this
month; the first, on 9 November, caused no injuries." The sentence counts the news as the
second (a tally, no happening of its own), but its second half tells an earlier happening at
the same place on its own day: drafted as that attack, with the toll the clause gives (none
hurt is a toll of nought)."""

from __future__ import annotations

import re

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, summary
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document

# "the second drone attack on X this month; the first, on 9 November, ..."
_FIRST_ON = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){0,2}?(?P<noun>attack|strike|raid|"
    r"incident)\s+(?P<where>(?:on|at|against|near)\s[^.;:]{2,80}?)[;,]\s+(?:and\s+)?the\s+"
    r"(?:first|previous|earlier)(?:\s+(?:one|attack|strike|raid|incident))?,?\s+"
    r"(?:on|was\s+on|came\s+on|took\s+place\s+on)\s+", re.I)


def first_of_series(doc: Document, drafts: list[Draft], dates: list[DateMention],
                    places: list[PlaceMention]) -> list[Draft]:
    """drafts, with the first of a series told in passing added (see the module doc)."""
    text, out = doc.text, drafts
    for m in _FIRST_ON.finditer(text):
        day = next((d for d in dates if m.start() < d.start <= m.end() + 4  # "on 9 November"
                    and d.end > m.end() and d.precision == "day"), None)
        if day is None or any(d.date is not None and d.date.iso == day.iso for d in drafts):
            continue  # (a day told of already: its own telling stands)
        where = [p for p in places if m.start("where") <= p.start < m.end("where")
                 and not p.locator and p.precision not in BROAD_PRECISIONS]
        if not where:
            continue
        end = text.find(".", day.end)
        end = len(text) if end < 0 else end
        kind = "strike" if m.group("noun").lower() == "strike" else "attack"
        i = doc.sentence_index(m.start())
        d = Draft(kind, m.start(), end, date=day, places=[where[0].name],
                  casualties=find_casualties(text, day.end, end),
                  summary=summary(text, m.start(), end),
                  paragraph=doc.sentences[i].paragraph, sentence=i)
        d.locate(where[:1])
        out = [*out, d]
    return out
