"""A toll a statement gives on a later day: the count of the attack told before it.

A story tells an attack on one day ("drones struck the air base late Tuesday") and its count
as statements came out over the next days: "On Thursday, the air component said six airmen had
been wounded and that a local soldier was also hurt." Such a sentence names no place and no
happening of its own; its only day is the day of the statement. Dated by that day it would be a
second attack at no place with the fuller count, and the attack itself would keep the count
told first. The statement's count goes to the last attack told before it (at a named site, on
an earlier day that week, a few sentences back), as the later, fuller telling of the same
toll. What the next sentences add with the statement's day and no place or toll of their own
("its air defences shot down two of the three drones") tells the same attack too.
"""

from __future__ import annotations

import regex

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.sentences import Sentence
from briefdeck.extract.toll_updates import merge_tolls

# the telling verb next to the statement's day: "On Thursday, the command said",
# "the ministry said Thursday that" (atomic: no backtracking over the words between)
_SAID = regex.compile(r"\b(?:said|says|reported|announced|confirmed|stated|told\s+\w+)\b")
_NEAR = 12  # sentences between the attack and the statement's count
_WEEK = 7  # days: a statement about this week's attack


def _day_gap(a: str, b: str) -> int:
    from datetime import date

    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _per_kind(toll: list[Casualty]) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in toll:
        out[c.kind] = out.get(c.kind, 0) + (c.count or 0)
    return out


def _later_count(known: list[Casualty], later: list[Casualty]) -> list[Casualty]:
    """The statement's count stands for each kind it gives (the count as it stood that day,
    never added to the first one); merged with the first telling where that keeps its parties
    ("six U.S. airmen" retold as "six airmen and a Kuwaiti soldier")."""
    merged = merge_tolls(known, later)
    want = {**_per_kind(known), **_per_kind(later)}
    if _per_kind(merged) == want:
        return merged
    kinds = {c.kind for c in later}
    return [c for c in known if c.kind not in kinds] + list(later)


def _said_day(text: str, sent: Sentence, d: Draft) -> bool:
    """Is d's day the day its sentence's statement was made, the telling verb beside the day
    and before the count ("On Thursday, X said six ...", "X said Thursday that six ...")?"""
    m = d.date
    if m is None or not (sent.start <= m.start < sent.end) or not d.casualties:
        return False
    first_toll = min(c.start for c in d.casualties)
    if m.end > first_toll:
        return False
    said = _SAID.search(text, max(sent.start, m.start - 60), first_toll)
    # the verb right after the day (its teller between, no other clause) or right before it
    return said is not None and (
        (
            said.start() >= m.end
            and said.start() - m.end <= 60
            and "," not in text[m.end + 1 : said.start()].rstrip(", ")
        )
        or (said.end() <= m.start and not text[said.end() : m.start].strip(" ,"))
    )


def fold_said_later(text: str, sentences: list[Sentence], drafts: list[Draft]) -> list[Draft]:
    """drafts, each later-day statement's count folded into the attack told before it."""
    if not any(d.casualties and not d.places for d in drafts):
        return drafts  # (most stories)
    gone: set[int] = set()
    folded: list[tuple[Draft, Draft]] = []  # (statement's draft, the attack it counts)
    for n, d in enumerate(drafts):
        if (
            d.kind not in VIOLENT
            or d.places
            or d.sites
            or d.other
            or d.apart
            or d.date is None
            or d.date.precision != "day"
            or not d.casualties
            or not 0 <= d.sentence < len(sentences)
            or not _said_day(text, sentences[d.sentence], d)
        ):
            continue
        # the last attack told before it, placed at a site
        lead = next((e for e in reversed(drafts[:n]) if e.kind in VIOLENT and e.sites), None)
        if (
            lead is None
            or lead.date is None
            or lead.date.precision != "day"
            or lead.other
            or lead.entry != d.entry
            or not 0 < d.sentence - lead.sentence <= _NEAR
            or not 0 < _day_gap(lead.date.iso, d.date.iso) <= _WEEK
        ):
            continue
        # one attack told in those sentences: with two, which one it counts is unsaid
        if any(
            e.kind in VIOLENT
            and e.sites
            and e.sites != lead.sites
            and 0 < d.sentence - e.sentence <= _NEAR
            for e in drafts[:n]
        ):
            continue
        # a fuller count of the same toll, never a smaller one (that would be a new attack's)
        if sum((c.count or 0) for c in d.casualties) < sum((c.count or 0) for c in lead.casualties):
            continue
        lead.casualties = _later_count(lead.casualties, d.casualties)
        lead.weapons += [w for w in d.weapons if w not in lead.weapons]
        lead.told_in |= d.told_in | {d.sentence}
        gone.add(id(d))
        folded.append((d, lead))
    for d, lead in folded:
        for x in drafts:
            # "Its air defences shot down two of the three drones": that attack's telling
            # going on, with the statement's day and nothing of its own
            if (
                id(x) not in gone
                and x.kind in VIOLENT
                and not x.places
                and not x.sites
                and not x.casualties
                and x.date is not None
                and x.entry == d.entry
                and (x.date is d.date or x.date.start == d.date.start)
                and 0 < x.sentence - d.sentence <= 3
            ):
                lead.told_in.add(x.sentence)
                gone.add(id(x))
    return [d for d in drafts if id(d) not in gone] if gone else drafts
