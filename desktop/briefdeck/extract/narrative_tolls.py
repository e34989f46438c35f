"""Which tolls the first slide tells, and when it may add them up.

- One strike, several tolls: a record or a wire often gives the same strike's toll from more
  than one teller (the UN's 9 killed, a government's "at least 12", a ministry's 11), each drafted
  as its own event of the same day and kind. The BLUF tells the first-told toll (the report's
  own lead source) and says that accounts differ, never the largest one picked out silently.
- Own forces first: a key point on an attack that wounded U.S. or coalition personnel comes
  before one on an attack that hurt nobody of theirs.
- No grand total across theatres: a list page (a wiki day, a news digest) tells unrelated items
  side by side; their tolls are summed only when the attacks lie in one theatre (three
  countries at most, and never a bulleted list's items across countries).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.tellings import _part_of_day, _site, tellings
from briefdeck.extract.tellings import _places as _named
from briefdeck.model import Event, Place

_OWN = re.compile(r"^(?:U\.?S\.?|US|American|coalition|Coalition|NATO|allied)\b")
_BULLETED = re.compile(r"^[-•*▪–—]\s")


def _places(e: Event) -> set[str]:
    return {n for n in e.place.split(", ") if n}


def first_told(hurt: list[Event]) -> tuple[list[Event], dict[str, list[Event]]]:
    """Each incident once, as first told (by position in the report; which tellings are one
    incident: extract/tellings.py), and the other tolls told of it, by the first telling's
    id."""
    firsts: set[int] = set()
    rivals: dict[str, list[Event]] = {}
    for first, *others in tellings(hurt):
        firsts.add(id(first))
        differ = [e for e in others if (e.killed, e.wounded) != (first.killed, first.wounded)]
        if differ:
            rivals[first.id] = differ
    return [e for e in hurt if id(e) in firsts], rivals


def own_forces_hurt(e: Event) -> bool:
    return any(_OWN.match(c.party or "") and (c.killed or c.wounded) for c in e.casualties)


def summable(attacks: list[Event], places: list[Place]) -> bool:
    """May the tolls of these attacks be added up as one campaign's?"""
    country = {p.name: p.country for p in places if p.country}
    countries = {country.get(n, "") for e in attacks if e.killed or e.wounded
                 for n in _places(e)} - {""}
    if len(countries) > 3:
        return False
    listed = sum(bool(_BULLETED.match(e.summary or "")) for e in attacks)
    return not (len(countries) > 1 and 2 * listed > len(attacks))


# A move told as to come: "said it would send a Patriot battery to X", "plans to deploy".
_TO_COME = re.compile(r"\b(?:will|would|shall|(?:plans?|planning|intends?|set|due|expected|"
                      r"scheduled|slated|going)\s+to|(?:is|are)\s+to|to\s+be\s+(?:sent|deployed|"
                      r"moved))\b[^.;\n]*$")


# "will join another that moved from X": the place's move is a relative clause's, and done
_DONE_BETWEEN = re.compile(r"\b(?:that|which|who)\s+(?:[\w-]+\s+){0,2}?(?:moved|left|withdrew|"
                           r"pulled|relocated|departed|came|was|were|had)\b")


def told_as_to_come(text: str, start: int) -> bool:
    """Is the move whose place is mentioned at start told in the future, as announced?"""
    m = _TO_COME.search(text, max(0, start - 160), start)
    return m is not None and _DONE_BETWEEN.search(text, m.start(), start) is None


def _site_of(e: Event) -> str:
    return _site(_named(e))


@lru_cache(maxsize=4096)
def _country(name: str) -> str:
    from briefdeck.geo.gazetteer import Gazetteer  # late: the geo data loads on first use

    entry = Gazetteer.default().lookup(name, fuzzy=False)
    return (entry.country or "") if entry is not None else ""


def _countries(e: Event) -> frozenset[str]:
    return frozenset(c for c in (_country(n) for n in _named(e)) if c)


def _traits(e: Event) -> tuple[str, str, frozenset[str], str, frozenset[str]]:
    """What tells an attack apart: its day, site, countries, time of day and weapons."""
    return (e.date or "", _site_of(e), _countries(e), _part_of_day(e), frozenset(e.weapons))


def _may_be_one(a: tuple[str, str, frozenset[str], str, frozenset[str]],
                b: tuple[str, str, frozenset[str], str, frozenset[str]]) -> bool:
    (day, site, countries, said, weapons), (day2, site2, countries2, said2, weapons2) = a, b
    if not day or not day2 or not (day.startswith(day2) or day2.startswith(day)):
        return False
    if site and site2 and site != site2:
        return False
    if countries and countries2 and countries.isdisjoint(countries2):
        return False  # "strike in Syria" is no telling of the strike at Ras Isa, Yemen
    if weapons and weapons2 and weapons.isdisjoint(weapons2):
        return False  # each its own weapons: two acts
    return not (said and said2 and said != said2)


def may_be_one(a: Event, b: Event) -> bool:
    """Could these two attacks be tellings of one incident? The same day (a month holds its
    days), and no two different sites, countries, weapons or times of day tell them apart
    (an attack and a strike alike: a log calls one strike either)."""
    return _may_be_one(_traits(a), _traits(b))


_CROWD = 60  # attacks in one day or month past which no site can tell them all apart


def incidents(attacks: list[Event]) -> list[list[Event]]:
    """The attacks in groups that may each be one incident (joined when any two may be one),
    in the order of their first member. Only attacks of one month are compared, so a long
    log stays cheap; a crowd of one day's attacks is one group (doubtful as a whole)."""
    parent = list(range(len(attacks)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    traits = [_traits(e) for e in attacks]
    months: dict[str, list[int]] = {}
    for i, e in enumerate(attacks):
        if e.date:
            months.setdefault(e.date[:7], []).append(i)
    for members in months.values():
        days: dict[str, list[int]] = {}
        for i in members:
            days.setdefault(attacks[i].date or "", []).append(i)
        month_wide = [i for i in members if len(attacks[i].date or "") <= 7]
        pairs = [(days[d], days[d]) for d in days] + [(month_wide, members)]
        for left, right in pairs:
            if len(left) * len(right) > _CROWD * _CROWD:  # one group, not compared
                for j in left + right:
                    parent[root(j)] = root(left[0])
                continue
            for i in left:
                for j in right:
                    if i < j and _may_be_one(traits[i], traits[j]):
                        parent[root(j)] = root(i)
    groups: dict[int, list[Event]] = {}
    for i, e in enumerate(attacks):
        groups.setdefault(root(i), []).append(e)
    return list(groups.values())


# Which way each qualifier leaves the true count from the number: a sum of parts that all
# lean one way (or are exact) leans that way; "about" is either way.
_LEANS = {"exact": 0, "": 0, "at least": 1, "more than": 2, "up to": -1, "fewer than": -2,
          "about": 3}


def summed_qualifier(qualifiers: list[str]) -> str | None:
    """The qualifier of a sum of tolls, so a total never states bare what its parts qualify
    ("more than 460" and 16 killed are "more than 476", never "476"): exact when every part
    is; "more than" / "at least" (or "fewer than" / "up to") when the parts lean one way,
    the strict word when any part has it; "about" when one is about and the rest exact.
    None when the parts lean different ways: no honest total."""
    leans = {_LEANS.get(q, 3) for q in qualifiers} - {0}
    if not leans:
        return "exact"
    if leans == {3}:
        return "about"
    if 3 in leans:
        return None
    if leans <= {1, 2}:
        return "more than" if 2 in leans else "at least"
    if leans <= {-1, -2}:
        return "fewer than" if -2 in leans else "up to"
    return None


def doubtful_total(tolled: list[Event]) -> bool:
    """Would adding up these tolls risk counting one incident twice (a toll and its
    revision, or one strike's tolls told twice)?"""
    return any(len(g) > 1 for g in incidents(tolled))


def apart(events: list[Event]) -> list[Event]:
    """The events in order, without any that may be an incident an earlier one tells."""
    firsts = {id(g[0]) for g in incidents(events)}
    return [e for e in events if id(e) in firsts]


def told_once(hurt: list[Event]) -> tuple[list[Event], dict[str, list[Event]],
                                          dict[str, list[Event]]]:
    """Like first_told, and an incident whose tellings no site tells apart (a toll and its
    revision drafted as two events) is told once too, as first told: the heads, the other
    accounts of each (first_told's) and the other tolls told that day that may be its own."""
    from briefdeck.extract.tellings import _position

    once, rivals = first_told(hurt)
    heads = []
    same_day: dict[str, list[Event]] = {}
    for group in incidents(sorted(once, key=_position)):
        head, *others = group
        heads.append(head)
        for e in others:
            if (e.killed, e.wounded) != (head.killed, head.wounded):
                same_day.setdefault(head.id, []).append(e)
            same_day.setdefault(head.id, []).extend(rivals.pop(e.id, []))
    kept = {id(e) for e in heads}
    return [e for e in hurt if id(e) in kept], rivals, same_day


def told_beside(rivals: list[Event], same_day: list[Event]) -> str:
    """' (other accounts: at least 12 killed)' for the same strike's other tolls; ' (other
    tolls told that day: 5 killed, 18 wounded)' for tolls that may be its revision or another
    act of the day (which, the report does not say)."""
    from briefdeck.extract.narrative_phrases import _toll

    def said(events: list[Event]) -> list[str]:
        return list(dict.fromkeys(t for t in (_toll(e).replace("; ", ", ") for e in events) if t))

    # (a part told as its own act is no rival count of the same strike; the day's other
    # tolls already say they may be another act)
    rivals = [e for e in rivals if not told_as_another(e)]
    accounts, day = said(rivals), said(same_day)
    day = [t for t in day if t not in accounts]
    return (f" (other accounts: {'; '.join(accounts)})" if accounts else "") + \
        (f" (other tolls told that day: {'; '.join(day)})" if day else "")


# "A second strike hit the checkpoint", "Another drone struck ...": the summary tells an act of
# its own, a part of the day (whose toll the first may or may not include), never a rival count
_ANOTHER = re.compile(r"(?:[^,.;\n]{0,40},\s*)?(?i:an?\s+(?:second|third|fourth|further|separate|"
                      r"fresh|new|later)|another)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:strikes?|attacks?|drones?|missiles?|rockets?|blasts?|explosions?|"
                      r"raids?|shells?|rounds?|bombs?|airstrikes?|air\s+strikes?)\b")


def told_as_another(e: Event) -> bool:
    """Does the event's summary open on another act ("A second strike ...")?"""
    return _ANOTHER.match((e.summary or "").lstrip("-•*▪–— ")) is not None
