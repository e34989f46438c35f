"""Which happening told before a sentence goes on about.

Stories tell one happening over several sentences: "Two dock workers were killed." after
the strike, "The attack took place late Wednesday." after the ambush, "one of the wounded has
died, raising the toll to three" days later. These helpers find the draft such a sentence
adds to; they look back a few sentences only, and never across live-blog entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import BROAD_PRECISIONS, VIOLENT, Draft
from briefdeck.extract.places import PlaceMention

_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}$", re.I)


def last_told(drafts: list[Draft], i: int, entry: int = -1) -> Draft | None:
    """The violent happening the next sentences go on about: of those told in the last two
    sentences (in the same live-blog entry), the one told last; of those told in one
    sentence, the one with a toll ("killed a guard ..., in an operation in which two drones
    were downed. Four smugglers were killed": the clash, not the downing)."""
    recent = []
    for n in range(len(drafts) - 1, -1, -1):
        d = drafts[n]
        if i - d.sentence > 8:
            break
        if d.kind in VIOLENT and 0 <= i - d.sentence <= 2 and d.entry == entry:
            if d.sentence == i and d.casualties:
                return d  # (none further back can rank above it: a run-on stays linear)
            recent.append((d.sentence, bool(d.casualties), n))
    return drafts[max(recent)[2]] if recent else None


# how far back a toll update may reach: a dozen sentences, or in notes, whose short lines are
# sentences of their own (under this many characters each since the happening was first
# told), a page of them ("REVISED: 3x KIA" twenty lines after the attack, no other told since)
_NOTES_REACH, _NOTE_LINE = 30, 90


def updated(drafts: list[Draft], i: int, hurt_died: bool = False,
            at: int = -1) -> Draft | None:
    """The happening a toll update is news of: the last violent one with a toll told in the
    last dozen sentences, whatever day the update is dated. One of the wounded who died is
    news of the last happening that wounded someone ("the boy died of his wounds", told
    after another strike that only killed)."""
    last = None
    # (an attack recalled from months before the story's own, "the first since Tower 22 in
    # January 2024", is not what a late update is news of)
    newest = max((_months(d.date.iso) for d in drafts[-30:] if d.date is not None and
                  d.kind in VIOLENT and d.date.precision == "day"), default=None)
    # (the last told first: a happening whose toll was just updated is told again, though
    # drafted before another; an older draft with no toll does not end the search)
    for d in sorted(reversed(drafts[-30:]), key=lambda d: d.sentence, reverse=True):
        if newest is not None and d.date is not None and d.date.iso[:4].isdigit() and \
                newest - _months(d.date.iso) > 2:
            continue
        if d.kind in VIOLENT and d.casualties and not d.other:
            if i - d.sentence > (30 if hurt_died else 12) and not (
                    i - d.sentence <= _NOTES_REACH and d.date is not None and
                    0 <= at - d.start <= _NOTE_LINE * (i - min(d.told_in)) and
                    not any(x.sentence > d.sentence and x.kind in VIOLENT for x in drafts)):
                break
            last = last or (d if i - d.sentence <= 12 else None)
            if not hurt_died or any(c.kind == "wounded" for c in d.casualties):
                return d
    return last


def _months(iso: str) -> int:
    return int(iso[:4]) * 12 + (int(iso[5:7]) if iso[5:7].isdigit() else 1)


def main_told(drafts: list[Draft], i: int, paragraph: int) -> Draft:
    """The attack a toll opening a new paragraph is about: the last one told, unless that was
    an aside about another ("since January, when another drone hit the outpost"); then the
    day-dated attack told before it. A move or downing told last gives way to the violent
    happening told with it."""
    last = last_told(drafts, i, drafts[-1].entry) or drafts[-1]
    if last.kind == "announcement" and last.sentence == i:
        # "X said in a statement Wednesday that two more were wounded": the statement just
        # drafted tells the toll; the violent happening told before it takes it
        last = next((d for d in reversed(drafts) if d.kind in VIOLENT and not d.other
                     and i - d.sentence <= 12), last)
    if not last.other or last.paragraph == paragraph:
        return last
    for d in reversed(drafts[:-1]):
        if i - d.sentence > 8:
            break
        if not d.other and d.kind in VIOLENT and d.date is not None and \
                d.date.precision in ("day", "offset"):
            return d
    return last


# "the health ministry said", "according to hospital officials": a count of the whole day's
# dead and wounded, not of the last detail told
MEDICAL_SOURCE = re.compile(r"\b(?:health\s+(?:ministry|authorit(?:y|ies)|officials?|department)|"
                            r"ministry\s+of\s+health|medic(?:s|al)|hospitals?|paramedics?|"
                            r"emergency\s+(?:medicine|services|medical)|ambulance\s+service|"
                            r"red\s+(?:crescent|cross)|doctors)\b", re.I)


def day_main(drafts: list[Draft], i: int, last: Draft, paragraph: int = -1) -> Draft:
    """The happening a medical body's toll counts: of the violent ones told on the day of the
    last (or, the last being undated, of the last dated) within a dozen sentences, the first
    with a toll; else the last one told. When the toll's own paragraph told the last, only
    that paragraph's happenings count ("Jets struck the port. The health ministry said six
    were killed", after another attack that day told paragraphs before)."""
    if last.casualties:
        return last
    own = last.paragraph == paragraph
    recent = [d for d in drafts if 0 <= i - d.sentence <= 12 and d.kind in VIOLENT
              and not d.other and d.date is not None and (not own or d.paragraph == paragraph)]
    day = last.date or (recent[-1].date if recent else None)
    return next((d for d in recent if d.casualties and day is not None
                 and d.date.iso == day.iso), last)


def told_before(drafts: list[Draft], i: int, where: list[PlaceMention],
                reach: int = 8) -> DateMention | None:
    """The date of a day-dated attack told in the last few sentences (reach) at the very sites
    this undated one names: one happening in a second source's words ("state media said the
    strikes hit Deir Ezzor and Al-Bukamal")."""
    sites = {p.key for p in where if p.precision not in BROAD_PRECISIONS}
    if not sites:
        return None
    for d in reversed(drafts):
        if i - d.sentence > reach:
            break
        if d.kind in VIOLENT and d.date is not None and \
                d.date.precision == "day" and sites <= d.sites:
            return d.date
    return None


def first_telling(text: str, drafts: list[Draft], dates: list[DateMention],
                  trigger: int) -> bool:
    """Is a named violent happening told here for the first time ("traded blame for an
    exchange of fire late on Sunday")? Brought in with "a"/"an", dated after its word, on a
    day no happening told before had ("condemned the strikes" names ones told already)."""
    days = {d.iso for d in dates if d.precision == "day" and d.start > trigger}
    return len(days) == 1 and bool(_INDEFINITE_BEFORE.search(
        text, max(0, trigger - 30), trigger)) and not any(
        x.date is not None and x.date.iso in days and x.kind in VIOLENT for x in drafts)


def date_told(drafts: list[Draft], i: int, day: DateMention,
              filed: Iterable[DateMention] = (), sites: list | None = None) -> None:
    """"The attack took place late Wednesday": the day of the attacks just told that have
    none yet (or only the day someone spoke of them, or the dateline's day: "MOSCOW, November
    26. The attack on the base ..."). "The attack came late Monday at Muwaffaq Salti Air
    Base": the base named there is where it happened, when it was told only by country."""
    datelines = {id(d) for d in filed}
    for last in reversed(drafts):
        if i - last.sentence > 8:
            break  # told too long before to be this attack
        if last.kind not in VIOLENT or last.sentence == i:  # the sentence's own, dated by it
            continue
        if last.date is not None and last.date.precision == "day" and not last.said and \
                id(last.date) not in datelines:
            break
        last.date = day
        if sites and not last.sites:
            last.places = [p.name for p in sites][:3]
            last.locate(sites)


# what makes a sentence a running tally: a period it runs over, or the attacks it sums
_TALLY_CUE = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|as\s+of|altogether|"
                        r"cumulative|running\s+total|in\s+(?:those|these|all)\s+attacks)\b",
                        re.I)
_KIND_WORDS = {"killed": re.compile(r"\b(?:kill|dead|death|died|fatalit)", re.I),
               "wounded": re.compile(r"\b(?:wound|injur|hurt|WIA\b)", re.I)}
_TALLY_LOOKBACK = 6000  # characters: a briefing's opening tally and the questions on it


def restates_tally(text: str, start: int, orphans: list[Casualty]) -> bool:
    """"You said 46 injured", "the 46 wounded": a toll with no happening of its own that
    repeats a running tally told a little earlier ("46 personnel have been injured since
    Oct. 17") is that tally again, never the toll of the attack told last."""
    if not orphans or any(c.count is None or c.count < 3 for c in orphans):
        return False  # ("two wounded" repeats too many small counts to tell)
    lo = max(0, start - _TALLY_LOOKBACK)
    for c in orphans:
        told = False
        for m in re.finditer(rf"(?<![\d,.]){c.count}(?![\d,])", text[lo:start]):
            at = lo + m.start()
            # the count's kind just after it, a period or sum near it, on its line
            s0 = max(text.rfind("\n", lo, at) + 1, at - 150)
            s1 = text.find("\n", at, start)
            s1 = min(s1 if s1 >= 0 else start, at + 150)
            if _KIND_WORDS[c.kind].search(text, at, min(s1, at + 80)) and \
                    _TALLY_CUE.search(text, s0, s1):
                told = True
                break
        if not told:
            return False
    return True
