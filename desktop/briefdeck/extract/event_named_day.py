"""A happening named by its town, then given its time: "the Nabatieh strike came at 23:40 on
Thursday".

An analyst's note or a correction below a story names a happening told above by its place
and sets its day right ("so that one is 3 Dec, not overnight into Friday"). The happening
told at that town takes the day, however far above it was told; the day a summary gave it
was a guess the note corrects.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import BROAD_PRECISIONS, VIOLENT, Draft
from briefdeck.extract.places import PlaceMention

# "the Nabatieh strike came at", "the Khiam raid happened on" (a name of one to three words)
_NAMED_CAME = re.compile(
    r"\b[Tt]he\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:air\s?)?"
    r"(?:strike|attack|raid|bombing)\s+(?:came|happened|took\s+place|"
    r"occurred|was\s+carried\s+out)\b"
)
_REACH = 40  # sentences back to the telling it dates
_DAY_WITHIN = 30  # characters from the verb to its day ("came at 23:40 on Thursday")


_VERBS = re.compile(r" came |happened|took place|occurred|carried out")


def named_happening_day(
    text: str,
    start: int,
    end: int,
    i: int,
    dates: list[DateMention],
    places: list[PlaceMention],
    drafts: list[Draft],
) -> None:
    """Give the day the sentence sets to the violent happening told at the town it names."""
    if _VERBS.search(text, start, end) is None:
        return  # (most sentences: no such verb)
    for m in _NAMED_CAME.finditer(text, start, end):
        day = next(
            (
                d
                for d in dates
                if d.precision == "day" and m.end() <= d.start <= m.end() + _DAY_WITHIN
            ),
            None,
        )
        town = next(
            (
                p
                for p in places
                if m.start() < p.start and p.end < m.end() and p.precision not in BROAD_PRECISIONS
            ),
            None,
        )
        if day is None or town is None:
            continue
        told = next(
            (
                d
                for d in reversed(drafts)
                if d.sentence < i
                and i - d.sentence <= _REACH
                and d.kind in VIOLENT
                and town.key in d.keys
            ),
            None,
        )
        if told is not None:
            told.date = day
