"""Strikes on several sites in one night, each site's toll told after: one strike per site.

"U.S. jets struck six sites near A, outside B and near C." then "nine fighters were killed near
A", "two were killed near C", "no casualties at B": each site was its own strike with its own
toll (told by different tellers), never one attack at three places with the counts summed. Only
when every count comes after the listing, in a sentence naming just one of its sites, and at
least two of the sites get one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from briefdeck.extract.event_draft import BROAD_PRECISIONS, VIOLENT, Draft
from briefdeck.extract.sentences import Sentence


def split_site_tolls(text: str, sentences: list[Sentence], drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    starts = [s.start for s in sentences]
    for d in drafts:
        out += _by_site(text, sentences, starts, d) or [d]
    return out


def _by_site(text: str, sentences: list[Sentence], starts: list[int], d: Draft
             ) -> list[Draft] | None:
    if d.kind not in VIOLENT or d.date is None or d.date.precision != "day" or \
            len(d.sites) < 2 or len(d.casualties) < 2:
        return None
    sites: dict[str, str] = {}  # key -> the name as written
    for p in d.mentions:
        if p.precision not in BROAD_PRECISIONS and not p.locator:
            sites.setdefault(p.key, p.name)
    if len(sites) < 2 or len(sites) > 8:
        return None
    # (a name may end in "." or ")": "St.", "Camp X (Iraq)")
    names = {k: re.compile(rf"(?<!\w){re.escape(n)}(?!\w)") for k, n in sites.items()}
    at: dict[str, list] = {}
    for c in d.casualties:
        if d.start <= c.start < d.end:
            return None  # a toll of the listing itself: not told site by site
        n = bisect.bisect_right(starts, c.start) - 1
        if n < 0:
            return None
        sent = sentences[n]
        named = [k for k, rx in names.items() if rx.search(text, sent.start, sent.end)]
        if len(named) != 1:
            return None
        at.setdefault(named[0], []).append(c)
    if len(at) < 2:
        return None
    # each copy its own lists and sets: a later merge into one site must not reach the others
    return [replace(d, places=[name], casualties=at.get(key, []), keys={key}, sites={key},
                    mentions=[p for p in d.mentions if p.key == key], weapons=list(d.weapons),
                    countries={p.country for p in d.mentions if p.key == key and p.country}
                    or set(d.countries), points=[], told_in=set(d.told_in))
            for key, name in sites.items()]
