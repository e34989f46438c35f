"""A chat's toll told in later messages: the count of the one attack the messages before told.

A group chat or a message log tells an attack as it happens ("bangs from the airport, three
drones"), and its toll only as it comes in, hours or a day later, each in its own message: "the
health directorate says the worker died of his wounds this morning", "Coalition statement:
two service members and one contractor sustained minor injuries". Such a message names no
happening of its own: it counts the attack the chat is about. When the messages before it, over
the day or two before, told one attack only (one day, one place or none), its toll folds into
that attack, per kind the larger count (two tellings of the same wounded are never added).
A toll that tells a new happening ("another strike"), or a place other than the attack's,
stays its own; an attack the messages told as without casualties ("no injuries") is not the
one a later toll counts, and is not a second attack to choose between either.
"""

from __future__ import annotations

import regex

from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.event_live_entries import _larger_per_kind, draft_day
from briefdeck.extract.event_revised_tolls import TOLL_REPORT

# "died of his wounds", "succumbed to her injuries": a death from a happening told before
_LATE_DEATH = regex.compile(
    r"\b(?:died|dies|has died)\s++(?:later\s++)?(?:of|from)\s++(?:his|her|their)\s++"
    r"(?:wounds|injuries)\b|\bsuccumbed\s++to\b",
    regex.I,
)
# "no injuries", "no one was hurt": a toll told as none, not one a later count revises
_NONE_HURT = regex.compile(
    r"\bno\s++(?:injuries|casualties|deaths|one\s++(?:was\s++)?(?:hurt|injured|killed))\b",
    regex.I,
)
# "another strike", "a new attack": the message tells a happening of its own
_NEW = regex.compile(r"\b(?:another|new|second|fresh|further|again)\b", regex.I)
_WINDOW = 2  # days: a toll comes in by the next day or the one after


def fold_later_tolls(drafts: list[Draft], stamped: set[int]) -> list[Draft]:
    """stamped: the entries of a log whose stamps run oldest first (a chat, an alert log)."""
    if len(stamped) < 3:
        return drafts
    violent = [
        d
        for d in drafts
        if d.kind in VIOLENT
        and d.entry in stamped
        and not d.other
        and not d.apart
        and draft_day(d) is not None
    ]
    if len(violent) < 2:
        return drafts
    gone: set[int] = set()
    for a in violent:
        if not a.casualties or _NEW.search(a.summary):
            continue
        if "toll" in a.summary.lower() and TOLL_REPORT.search(a.summary):
            continue  # "the latest toll for the strikes": event_revised_tolls.py places it
        if a.sites and not _LATE_DEATH.search(a.summary):
            continue  # a toll at a place of its own: maybe a happening of its own
        day = draft_day(a)
        before = [
            b
            for b in violent
            if b.entry < a.entry and id(b) not in gone and 0 <= (day - draft_day(b)).days <= _WINDOW
        ]  # type: ignore[operator]
        told = [b for b in before if not _NONE_HURT.search(b.summary)]
        if not told or len({draft_day(b) for b in told}) != 1:
            continue  # no attack before it, or more than one day's: whose toll is not told
        sites = {frozenset(b.sites) for b in told if b.sites}
        if len(sites) > 1 or (sites and a.sites and next(iter(sites)) != frozenset(a.sites)):
            continue
        b = told[-1]
        b.casualties = _larger_per_kind(b.casualties, a.casualties)
        b.told_in |= a.told_in
        gone.add(id(a))
    return [d for d in drafts if id(d) not in gone] if gone else drafts


def later_tolls_entries(entries: list, headed: set[int] | frozenset[int]) -> set[int]:
    """The stamped entries of a log told oldest first over more than one day (a chat export);
    none for a live page told newest first, where a later entry is an earlier hour."""
    days = [e.day.iso for e in entries if e.filed]
    if len(days) < 3 or days != sorted(days) or days[0] == days[-1]:
        return set()
    return {n for n, e in enumerate(entries) if e.filed and n not in headed}
