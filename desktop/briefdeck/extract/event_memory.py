"""What the events reader remembers of what was told, and how it sees each sentence.

Later sentences refer back ("the base", "there", "that night", "the attack"): the reader keeps
the dates the document names (redated by a live blog's stamps, years carried, a table's row
days), the places and weapons named sentence by sentence, the last base, country and place
told, and the last day named. Each sentence worth reading is seen once as a SentenceRead: its
dates, places, weapons and tolls, minus the background it recalls ("since the Oct. 7 attack").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from briefdeck.extract.casualties import Casualty, find_casualties
from briefdeck.extract.dated_lines import dated_lines
from briefdeck.extract.dated_updates import update_entries
from briefdeck.extract.dates import DateMention, carry_years
from briefdeck.extract.event_dates import (
    DateIndex,
    index_dates,
    last_year_days,
    opens_line,
    sentence_dates,
)
from briefdeck.extract.event_diary_entries import diary_entries
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, inside_span
from briefdeck.extract.event_filters import BACKGROUND
from briefdeck.extract.event_incident_lines import incident_lines
from briefdeck.extract.event_news_after import news_after
from briefdeck.extract.event_places import PlacesTold, beside_another
from briefdeck.extract.event_shut_after import shut_after
from briefdeck.extract.event_sites import section_place
from briefdeck.extract.event_story_responses import with_answered_tolls
from briefdeck.extract.event_table import table_rows
from briefdeck.extract.event_weapons import attacking
from briefdeck.extract.live_feeds import feed_entries
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document, Sentence
from briefdeck.extract.stamped_entries import Entry, find_entries, redate
from briefdeck.extract.systems import SystemMention
from briefdeck.extract.toll_party_context import with_parties

WEAPON_CATEGORIES = {"rocket", "ballistic missile", "cruise missile", "drone", "artillery",
                     "explosive", "aircraft", "helicopter"}
_BASE_AFTER = re.compile(r"\s+(?:air\s+)?base\b", re.I)
# "Landstuhl Regional Medical Center": a site where the hurt are treated, not one attacked
_CARE_SITE = re.compile(r"\b(?:Hospital|Medical|Clinic|Embassy|Consulate)\b")


def _base_site(p: PlaceMention) -> bool:
    """A site the gazetteer knows as an installation, though it reads it as a town
    ("Conoco", "Green Village"), and no hospital nor embassy."""
    # (the name as written may be short: "Walter Reed" is the Walter Reed Medical Center)
    return p.kind == "installation" and not _CARE_SITE.search(p.name) and \
        not _CARE_SITE.search(p.key)
_INDEFINITE_AFTER = re.compile(r"(?:after|following)\s+an?\s", re.I)


# "at 1:30 local time on November 18, late on the 17th in Washington": the hour in another
# city, told beside the local one; that city is a clock's, not where it happened
_CLOCK_IN = re.compile(r"(?:\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)|\b[ap]\.?m\.?|\btime)\s+in\s+$",
                       re.I)


def _clock_elsewhere(text: str, at: int) -> bool:
    before = text[max(0, at - 160):at]
    return "local time" in before and _CLOCK_IN.search(before) is not None


@dataclass
class SentenceRead:
    """One sentence as the clauses of it see it."""
    i: int
    sent: Sentence
    dates: list[DateMention]  # those that may date its happenings
    absolute: list[DateMention]  # of those, the ones that are not offsets, surest first
    places: list[PlaceMention]
    systems: list[SystemMention]
    casualties: list[Casualty]
    background: list[tuple[int, int]]  # "since the Oct. 7 attack": not this news
    claimed: set[int] = field(default_factory=set)  # ids of the casualties a clause took
    setting: list[list[PlaceMention]] = field(default_factory=list)  # its opening place
    # "closed on Sunday after the attack on X, which wounded five": that attack, that day
    shut: list[tuple[int, int, DateMention]] = field(default_factory=list)


class ReaderMemory:
    """The reader's memory: the document's dates, places, weapons and drafts so far."""

    def __init__(self, doc: Document, dates: list[DateMention], places: list[PlaceMention],
                 systems: list[SystemMention], pub: date) -> None:
        self.doc, self.text = doc, doc.text
        self.pub_iso = pub.isoformat()
        # a live blog's entries, if it is one, an incident list's lines or an event feed's items
        self.entries: list[Entry] = find_entries(doc.text, pub) or \
            incident_lines(doc.text, pub) or feed_entries(doc.text, pub) or \
            update_entries(doc.text, pub) or \
            dated_lines(doc.text, pub) or \
            diary_entries(doc.text, pub)  # a page's "Update #2 · 6 days ago", a docket's entries
        # an incident table's rows, each with the toll its killed and injured columns give
        self.table, row_days = table_rows(doc.text, pub) if "\t" in doc.text else ({}, [])
        # (an incident line's "24/11" is a day no other reader finds)
        row_days = row_days + [e.day for e in self.entries if not e.filed]
        if row_days:
            taken = {d.start for d in dates}
            dates = dates + [d for d in row_days if d.start not in taken]
        dates = redate(doc.text, self.entries, sorted(dates, key=lambda d: d.start), pub,
                       lambda pos: _sentence_bounds(doc, pos))
        dates = carry_years(dates, pub, lambda pos: _paragraph_of(doc, pos),
                            lambda pos: opens_line(doc.text, pos))
        dates = last_year_days(doc.text, dates, pub)
        self.dates: DateIndex = index_dates(doc, dates)
        self.places_by: dict[int, list[PlaceMention]] = {}
        for p in places:
            if not _clock_elsewhere(doc.text, p.start):
                self.places_by.setdefault(doc.sentence_index(p.start), []).append(p)
        self.systems_by: dict[int, list[SystemMention]] = {}
        for s in systems:
            if s.category in WEAPON_CATEGORIES:
                self.systems_by.setdefault(doc.sentence_index(s.start), []).append(s)
        self.drafts: list[Draft] = []
        # "the number injured is now three", told before any happening (the newest message
        # of a forwarded chain on top): a new total for the first happening told after it
        self.early_totals: list[Casualty] = []
        # a brief's section heading names the incident's place ("3.1 Macomia: ambush (11
        # Feb)"), else the first place its body names that is no reference point
        self.headed: dict[int, list[PlaceMention]] = {
            n: section_place(doc.text, places, e.head[0], e.end)
            for n, e in enumerate(self.entries) if not e.filed}
        self.told = PlacesTold()
        self.context: DateMention | None = None  # the last date named in the paragraph
        self.named_last: DateMention | None = None  # the last day or month named, said too
        self.day_named: DateMention | None = None  # the last day named, in any paragraph
        self.paragraph = self.entry = -1

    def _remember_last(self, i: int, places: list[PlaceMention]) -> None:
        """The narrowest place the sentence named last, for "a strike there" just after."""
        if self.told.last is not None and self.told.last[1] < i - 1:
            self.told.last = None
        named = [p for p in places if not p.locator and p.precision not in BROAD_PRECISIONS]
        if len(named) > 1:  # ("the BDSC, next to the airport": the BDSC is what was named)
            named = [p for p in named if not beside_another(self.text, named, p)] or named
        if named:
            # (a base the gazetteer reads as a town, "Conoco", is still a base)
            self.told.last = (max(named, key=lambda p: (p.precision == "installation" or
                                                        _base_site(p), p.start)), i)
            self.told.last_paragraph = self.doc.sentences[i].paragraph

    def _remember_base(self, places: list[PlaceMention]) -> None:
        # ("the al-Shaddadi base": a town's name given to the base there)
        # (or a site the gazetteer knows as a base though it reads it as a town: "Conoco";
        # not a hospital the wounded were flown to)
        named = [p for p in places if not p.locator and (p.precision == "installation" or
                                                        _base_site(p) or
                                                        p.name.lower().endswith(" base") or
                                                        _BASE_AFTER.match(self.text, p.end))]
        if len(named) > 1:  # ("the BDSC, next to the airport": the BDSC is the base named)
            named = [p for p in named if not beside_another(self.text, named, p)] or named
        if named:
            self.told.base = (named[-1], self.paragraph)
        states = [p for p in places if p.precision == "country" and not p.locator]
        if states:
            self.told.country = (states[-1], self.paragraph)

    def _sentence(self, i: int, sent: Sentence, places: list[PlaceMention]) -> SentenceRead:
        text = self.text
        # "since the Oct. 7 attack", "in retaliation for the drone strike that killed ...":
        # an earlier happening recalled; its date, places, action words and dead are not news
        background = [m.span() for m in BACKGROUND.finditer(text, sent.start, sent.end)]
        if "in re" in text[sent.start:sent.end]:  # "in response to a strike ..., which killed"
            background = with_answered_tolls(text, background, sent.end)
        hurt = with_parties(text, find_casualties(text, sent.start, sent.end)) \
            if background else []
        shut: list[tuple[int, int, DateMention]] = []
        if hurt:
            days = self.dates.happened.get(i, [])
            shut = [(*b, day) for b in background if (
                day := shut_after(text, b, sent.start, days)) is not None]
            background = [b for b in background if not self._toll_cause(b, i, hurt) and
                          not any(b[0] == s0 for s0, _, _ in shut)]
        background = [b for b in background if not news_after(
            text, b, self.dates.happened.get(i, []), places, self.pub_iso)]
        dates, absolute = sentence_dates(text, sent, self.dates.happened.get(i, []),
                                         self.named_last, self.drafts, background)
        return SentenceRead(
            i, sent, dates, absolute,
            [p for p in places if not any(b0 <= p.start < b1 for b0, b1 in background)],
            attacking(text, inside_span(self.systems_by.get(i, []), sent.start, sent.end),
                      sent.start),
            [c for c in (hurt if background else with_parties(
                text, find_casualties(text, sent.start, sent.end)))
             if not any(b0 <= c.start < b1 for b0, b1 in background)],
            background, shut=shut)

    def _toll_cause(self, span: tuple[int, int], i: int, hurt: list[Casualty]) -> bool:
        """"four soldiers were treated for injuries after a rocket attack on the base on April
        26": not an earlier happening recalled but the cause of the toll just told, a
        happening of its own day."""
        b0, b1 = span
        return _INDEFINITE_AFTER.match(self.text, b0) is not None and any(
            b0 <= d.start and "," not in self.text[b1:d.start] and d.precision == "day"
            for d in self.dates.happened.get(i, [])) and any(
            c.end <= b0 and "," not in self.text[c.start:b0] for c in hurt)


def _sentence_bounds(doc: Document, pos: int) -> tuple[int, int]:
    sent = doc.sentence_at(pos)
    return (sent.start, sent.end) if sent is not None else (pos, pos)


def _paragraph_of(doc: Document, pos: int) -> int:
    i = doc.sentence_index(pos)
    return doc.sentences[i].paragraph if 0 <= i < len(doc.sentences) else -1
