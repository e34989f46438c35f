"""A first report's count told after the toll as now known: "Two soldiers and one contractor
were wounded; the first reports that morning counted two wounded."

Looking back at what was first reported tells how the count grew, never more people hurt:
a count told in a clause that names the first (initial, earlier, preliminary) reports is
dropped from a happening whose toll of that kind was told before it. (A first report told
before the newer count is left to the toll readers: "the first report said two; since then a
third was found" may add.)
"""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import Draft

# "the first reports that morning counted", "an initial report had put", "early accounts gave"
_FIRST = re.compile(
    r"\b(?:(?:the|an?|its|their)\s+)?(?:first|initial|earlier|early|preliminary|original)\s+"
    r"(?:reports?|accounts?|counts?|figures?|statements?|word)\b[^.;:!?\n]{0,40}?\s"
    r"(?:had\s+)?(?:counted|gave|given|said|put|listed|reported|spoke\s+of|mentioned)\b",
    re.I,
)
_CUES = ("first", "initial", "earlier", "early", "preliminary", "original")
# where the clause that names the first report ends
_CLAUSE_END = re.compile(r"[.;!?\n]")


def drop_first_counts(text: str, drafts: list[Draft]) -> None:
    low = None
    for d in drafts:
        if len(d.casualties) < 2:
            continue
        if low is None:  # (a cheap test first, once per text)
            low = text.lower()
            if not any(cue in low for cue in _CUES):
                return
        first_told = min(c.start for c in d.casualties)
        for m in _FIRST.finditer(text, first_told, max(c.end for c in d.casualties)):
            stop = _CLAUSE_END.search(text, m.end())
            end = stop.start() if stop else len(text)
            looked_back = [c for c in d.casualties if m.end() <= c.start < end]
            d.casualties = [
                c
                for c in d.casualties
                if c not in looked_back
                or not any(
                    o.kind == c.kind and o.end <= m.start() and not o.added and o.count
                    for o in d.casualties
                    if o not in looked_back
                )
            ]
