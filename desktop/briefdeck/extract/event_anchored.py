"""A happening dated by its distance from a dated one: "On Thursday, exactly one week after the
attack, the Bundestag extended the mandate" dates the attack told before it a week before that
Thursday, whatever vaguer day ("last Thursday") its own telling gave it; "two rockets landed
near X hours before the Qasrak attack" happened the day of the attack at Qasrak, not on the day
the sentence named for something else."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft

_SPANS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "ten": 10}
_AFTER_THE = re.compile(r",?\s+(?:exactly\s+|just\s+|only\s+|precisely\s+)?(?P<n>a|one|two|three|"
                        r"four|five|six|seven|ten|\d{1,2})\s+(?P<span>days?|weeks?)\s+after\s+the\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|bombing|blast|explosion)\b",
                        re.I)


def anchored_day(text: str, d: DateMention) -> str | None:
    """The day "N days/weeks after the attack", told right after day d, puts the attack on."""
    if d.precision != "day" or len(d.iso) != 10:
        return None
    m = _AFTER_THE.match(text, d.end)
    if m is None:
        return None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _COUNTS[n]
    then = date.fromisoformat(d.iso) - timedelta(days=count * _SPANS[m.group("span").lower()])
    return then.isoformat()


def redate_anchored(text: str, days: list[DateMention], drafts: list[Draft],
                    violent: frozenset[str]) -> None:
    """Redate the last attack told before, if a day of this sentence counts from it."""
    for d in days:
        if "after" not in text[d.end:d.end + 40] or (iso := anchored_day(text, d)) is None:
            continue
        target = next((x for x in reversed(drafts) if x.kind in violent and not x.other and
                       x.end <= d.start), None)
        if target is None or target.date is None or target.date.iso == iso:
            continue
        # (the happening's other tellings dated by the same words: "the drone came in ...
        # last Thursday", then "it hit a vehicle park": one attack, one day)
        told = target.date
        for x in drafts:
            if x.kind in violent and not x.other and x.date is not None and \
                    x.date.start == told.start and x.date.iso == told.iso:
                x.date = replace(x.date, iso=iso, precision="day", offset_days=0)


_HOURS_FROM = re.compile(r"\b(?:hours|minutes|shortly|just)\s+(?:before|after)\s+the\s+"
                         r"(?P<name>(?:al-|Al-)?[A-Z][\w'’-]+)\s+(?:attack|strike|raid|barrage)\b")


def dated_by_named_attack(text: str, drafts: list[Draft], violent: frozenset[str]) -> None:
    """A happening told "hours before the <place> attack" takes the day of the attack drafted
    at that place."""
    for d in drafts:
        if d.kind not in violent or "before the" not in text[d.start:d.end] and \
                "after the" not in text[d.start:d.end]:
            continue
        m = _HOURS_FROM.search(text, d.start, d.end)
        if m is None:
            continue
        name = m.group("name").lower()
        other = next((x for x in drafts if x is not d and x.kind in violent and
                      x.date is not None and x.date.precision == "day" and
                      any(p.lower().startswith(name) for p in x.places)), None)
        if other is not None:
            d.date, d.apart = other.date, True


# "Four soldiers were hurt in a drone attack on a base in Syria. ... The attack late on
# Wednesday on the Qasrak base also killed two": the lede's undated attack, dated and placed
_THE_ATTACK = re.compile(r"\b(?:The|That|This)\s+(?:[\w-]+\s+)?(?:attack|strike|raid)\b")


def lede_dated_by_recall(text: str, drafts: list[Draft], violent: frozenset[str]) -> None:
    """An undated attack with a toll takes the day of "The attack <day>" told just after."""
    for n, d in enumerate(drafts):
        if d.kind not in violent or d.date is None or d.date.precision != "day" or \
                not _THE_ATTACK.search(text, max(0, d.start - 16), d.start + 12):
            continue
        before = next((x for x in reversed(drafts[:n]) if x.kind in violent and
                       x.casualties and 0 < d.sentence - x.sentence <= 3), None)
        if before is not None and before.date is None and not before.sites:
            before.date = d.date


# "Hours before the drone attack on Wednesday, two rockets ...": the day of the attack named
_HOURS_BEFORE = re.compile(r"\b(?:[Hh]ours|[Mm]inutes|[Ss]hortly)\s+(?:before|after)\s+the\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|barrage)\s+(?:on\s+)?")


def hours_from_named_day(text: str, drafts: list[Draft], days: dict[int, DateMention],
                         violent: frozenset[str]) -> None:
    """A happening told "hours before the attack on <day>," takes that day, not the one
    counted from or named for the happening told before it."""
    for d in drafts:
        if d.kind not in violent:
            continue
        lead = [m for m in _HOURS_BEFORE.finditer(text, max(0, d.start - 90), d.start)
                if "." not in text[m.end():d.start]]
        named = days.get(lead[-1].end() - 3) or days.get(lead[-1].end()) if lead else None
        if named is not None and named.precision == "day":
            d.date, d.apart = named, True
