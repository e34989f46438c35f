"""A later update restating an attack with a new toll revises that attack; it is no event of
its own.

A live page or a running story tells an attack one day ("a drone hit the Conoco base shortly
before midnight on Wednesday ... three wounded") and the next day gives the toll again, raised
("the Pentagon has raised the number wounded in the drone attack on the Conoco base to four,
from the three reported overnight"). Dated by its update's stamp, the restatement would be a
second attack on the update's day, and a chart adding the two would count the hurt twice. A
draft whose toll is a new total ("raised to", "rose to") at a site an attack a few days
earlier names is that attack's toll as it now stands. So is a toll with no place that tells
back ("the group said this morning four of its members were killed in the strikes"), dated by
its telling the day after the one happening of its kind it refers to. So is a placeless toll
dated only by the briefing it was told at ("briefed on November 17. ... the third hit the
post's accommodation block. A sergeant and a private were killed"), no more than the toll of
the one placed attack the day before: the same dead told again. So is "The strike killed three
and wounded two" dated the day after a placed strike that killed three: the strike named back,
its toll told more fully. So is a placeless toll dated by a statement's day, the day after the
one placed attack, that names it back ("claimed the attack", "which it calls \"a terrorist
attack\"") with a larger count: the toll revised since, the attack's toll as it now stands.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from briefdeck.extract.event_draft import VIOLENT
from briefdeck.extract.toll_updates import fuller_toll, merge_tolls

if TYPE_CHECKING:
    from briefdeck.extract.casualty_rows import Casualty
    from briefdeck.extract.event_draft import Draft

# "killed in the strikes", "wounded in the attack": the happening told before
# (not "injured in the attack on the airport": a target of its own named)
_TOLD_BACK = re.compile(r"\b(?:in|by|from)\s+the\s+(?:overnight\s+|air\s?)?(?:strikes?|attacks?)\b"
                        r"(?!\s+(?:on|at|against|near|in)\b)", re.I)
_DAYS_BACK = 3  # an update the next day or two; a week on, a new total is a new story
# "a drone attack on Sunday wounded three more", "a second attack": a new happening whose
# running total rose, not the first one restated
_ANOTHER = re.compile(r"\b(?:more|another|second|third|fresh|new|again|latest)\b", re.I)

# (not "the third hit the post": one drone of the salvo told)
_NEW_ONE = re.compile(r"\b(?:more|another|fresh|new|again|latest|second\s+(?:attack|strike))\b",
                      re.I)


# "The strike killed three members ... and wounded two others": the strike just told, its
# toll told again with more (the summary drops "the"; "A strike killed" is a new one)
# "claimed the attack", "which it calls \"a terrorist attack\"": the happening named back,
# told again (a place-less telling of another one would name it anew: "another attack")
_NAMED_BACK = re.compile(r"\b(?:the|this|that)\s+(?:drone\s+|rocket\s+)?(?:attack|strike)\b|"
                         r"\bcalls?\s+(?:it\s+)?[\"“']?an?\s+(?:[\w-]+\s+){0,2}(?:attack|strike)\b",
                         re.I)

_THE_ONE_TOLD = re.compile(r"(?:strike|attack|raid|bombing|air\s?strike|drone\s+strike)\s+"
                           r"(?:killed|wounded|injured)\b", re.I)


def fold_restated(result: list[tuple[Draft, str, str]]) -> list[tuple[Draft, str, str]]:
    """The day-dated drafts, with each restated toll moved onto the earlier attack it revises
    (that attack keeps its own day) and the restatement dropped."""
    gone: set[int] = set()
    _fold_told_back(result, gone)
    _fold_retold(result, gone)
    days = [(d, date.fromisoformat(iso)) for d, iso, p in result
            if p == "day" and len(iso) == 10 and d.kind in VIOLENT and d.sites
            and id(d) not in gone]
    for d, day in days:
        if not d.casualties or not all(c.is_total for c in d.casualties if c.count) or \
                _ANOTHER.search(d.summary):
            continue
        earlier = [(e, eday) for e, eday in days if e is not d and id(e) not in gone
                   and 0 < (day - eday).days <= _DAYS_BACK and e.sites & d.sites
                   and e.casualties and e.offshore == d.offshore]
        # (a ship hit "60 miles west of Hodeidah" and strikes on Hodeidah's port: the town
        # only measures where the ship was; two places, never one happening restated)
        if len(earlier) != 1:  # none, or two attacks there it might revise: leave it
            continue
        first = earlier[0][0]
        first.casualties = merge_tolls(first.casualties, d.casualties)
        first.told_in |= d.told_in
        gone.add(id(d))
    return [item for item in result if id(item[0]) not in gone]


def _fold_told_back(result: list[tuple[Draft, str, str]], gone: set[int]) -> None:
    """A placeless toll told back the day after the one placed happening of its kind."""
    for d, iso, p in result:
        if p != "day" or len(iso) != 10 or d.places or not d.casualties or \
                d.kind not in VIOLENT or _TOLD_BACK.search(d.summary) is None:
            continue
        day = date.fromisoformat(iso)
        before = [e for e, eiso, ep in result if ep == "day" and len(eiso) == 10
                  and e.kind == d.kind and e.places and id(e) not in gone
                  and (day - date.fromisoformat(eiso)).days == 1]
        if len(before) == 1 and not before[0].casualties:
            before[0].casualties = fuller_toll(before[0].casualties, d.casualties)
            before[0].told_in |= d.told_in
            gone.add(id(d))


def _fold_retold(result: list[tuple[Draft, str, str]], gone: set[int]) -> None:
    """A placeless toll dated by its telling's day, within the toll of the day before's one
    placed, tolled happening; or larger, a revised toll, when it names that happening back."""
    for d, iso, p in result:
        if p != "day" or len(iso) != 10 or d.places or not d.casualties or \
                d.kind not in VIOLENT or d.other or d.date is None or \
                d.start <= d.date.start < d.end or d.date.text in d.summary or \
                _NEW_ONE.search(d.summary) or \
                any(c.added or c.from_wounded for c in d.casualties):
            continue
        named_back = _NAMED_BACK.search(d.summary) is not None
        if not named_back and any(c.is_total for c in d.casualties):
            continue
        day = date.fromisoformat(iso)
        before = [e for e, eiso, ep in result if ep == "day" and len(eiso) == 10
                  and e.kind in VIOLENT and e.sites and e.casualties and id(e) not in gone
                  and (day - date.fromisoformat(eiso)).days == 1]
        if len(before) != 1:
            continue
        if _THE_ONE_TOLD.match(d.summary) and _agrees(d.casualties, before[0].casualties):
            # the strike named back, its toll the same where both tell it and fuller
            before[0].casualties = merge_tolls(before[0].casualties, d.casualties)
        elif named_back and all(
                sum(c.count or 0 for c in d.casualties if c.kind == kind) >=
                sum(c.count or 0 for c in before[0].casualties if c.kind == kind)
                for kind in ("killed", "wounded")):
            # the attack told again a day on, its toll since revised upward: the later count
            # is that attack's toll as it now stands
            before[0].casualties = merge_tolls(before[0].casualties, _as_totals(d.casualties))
        elif any(c.is_total for c in d.casualties) or not all(
                sum(c.count or 0 for c in d.casualties if c.kind == kind) <=
                sum(c.count or 0 for c in before[0].casualties if c.kind == kind) and
                (kind not in {c.kind for c in d.casualties} or
                 kind in {c.kind for c in before[0].casualties})
                for kind in ("killed", "wounded")):
            continue
        before[0].told_in |= d.told_in
        gone.add(id(d))


def _as_totals(toll: list[Casualty]) -> list[Casualty]:
    """The toll as the new total of each kind it tells (not more on top of the old)."""
    return [c if c.is_total or not c.count else replace(c, total=True) for c in toll]


def _agrees(toll: list[Casualty], known: list[Casualty]) -> bool:
    """Do two tolls give the same count of each kind both give (at least one)?"""
    shared = {c.kind for c in toll if c.count} & {c.kind for c in known if c.count}
    return bool(shared) and all(
        sum(c.count or 0 for c in toll if c.kind == kind) ==
        sum(c.count or 0 for c in known if c.kind == kind) for kind in shared)
