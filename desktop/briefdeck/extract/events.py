"""Events: attacks, strikes, withdrawals, handovers, deployments and announcements.

A sentence is cut into clauses at its action words (event_triggers.py); each clause that tells
a happening (event_filters.py) gets its date (event_dates.py), places (event_places.py),
weapons and casualties. A sentence that tells no happening of its own may add to one told just
before (event_followups.py): a toll, a day, a place. Only concrete happenings are kept: a
dated or bloody one, or a withdrawal, handover or deployment at a named place. Timeline
paragraphs that open with a date ("Oct. 17: ...") date every sentence under them, a live
blog's stamps the entries under them (stamped_entries.py). A move or decision told as news of
the day it was said ("will send ..., the ministry said Tuesday", "approved Friday", "received a
contract") is an announcement of that day. Drafts become events in event_merge.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from briefdeck.extract.casualties import ANY_TOLL, Casualty, find_casualties
from briefdeck.extract.dates import DateMention, carry_years
from briefdeck.extract.event_dates import (
    DATELINE_LEAD,
    NAMES_MONTH,
    SAID_AFTER,
    STATEMENT_OPENS,
    TELLER_SAID,
    THAT_DAY,
    TOOK_PLACE,
    DateIndex,
    counted_since,
    date_owners,
    index_dates,
    last_year_days,
    nearest_dates,
    opens_line,
    period_date,
    resolve_offsets,
    sentence_dates,
    split_by_dates,
)
from briefdeck.extract.event_draft import (
    BROAD_PRECISIONS,
    Draft,
    distinct,
    inside_span,
    summary,
    trim,
)
from briefdeck.extract.event_filters import (
    ANOTHER,
    BACKGROUND,
    CUMULATIVE,
    DAY_TALLY,
    MOVES,
    TIMES_TALLY,
    many_counted,
    named_only,
    not_told,
    planned_move,
)
from briefdeck.extract.event_followups import (
    MEDICAL_SOURCE,
    VIOLENT,
    date_told,
    day_main,
    first_telling,
    last_told,
    main_told,
    restates_tally,
    told_before,
    updated,
)
from briefdeck.extract.event_lede_part import lede_day
from briefdeck.extract.event_merge import finish
from briefdeck.extract.event_places import (
    PlacesTold,
    clause_places,
    hurt_where_it_fell,
    place_groups,
    treated_at,
)
from briefdeck.extract.event_recalled import (
    died_of_told,
    names_told_site,
    recalls_told,
    tolled_recently,
)
from briefdeck.extract.event_said_day import said_day_of_claim
from briefdeck.extract.event_siblings import ANOTHER_OF_KIND, SECOND_WEAPON, sibling_day
from briefdeck.extract.event_sites import SITE_INITIALS, place_taken, section_place, spelled_out
from briefdeck.extract.event_table import fold_into_rows, rejoin_rows, rejoin_stacked, table_rows
from briefdeck.extract.event_triggers import BOUNDARY_RE, CAPTURE_KIND, clauses, event_kind
from briefdeck.extract.numbers import word_value
from briefdeck.extract.places import PlaceMention, is_attacker
from briefdeck.extract.sentences import Document, Sentence, build_document, inside
from briefdeck.extract.stamped_entries import Entry, entry_at, find_entries, redate
from briefdeck.extract.systems import SystemMention
from briefdeck.extract.toll_updates import (
    ANOTHER_TELLING,
    EARLIER_TELLING,
    LATER_SAID,
    LATER_TELLING,
    fuller_toll,
    merge_tolls,
)
from briefdeck.model import Event

WEAPON_CATEGORIES = {"rocket", "ballistic missile", "cruise missile", "drone", "artillery",
                     "explosive", "aircraft", "helicopter"}
# "will send", "plans to withdraw": a move decided, not yet made
# "The Army has moved a battery to X": a move done by the time it was told, the news of the
# lede ("said it had moved ...": reported speech, the statement its only news)
_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|also\s+|since\s+)?$")
PLANNED = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|planning\s+to|intends?\s+to|"
                     r"set\s+to|(?:is|are)\s+(?:also\s+)?(?:now\s+)?(?:sending|deploying))\s+"
                     r"(?:also\s+|soon\s+|now\s+)?$")
INTERCEPT = re.compile(r"shot\s+down|downed|downing|intercept|knocked\s+down|brought\s+down",
                       re.I)
# "An AC-130 gunship ... kills several militants": our weapon kills; a strike of its own.
_OUR_KILL = re.compile(r"\b(?:gunships?|jets?|bombers?|warplanes?|aircraft|helicopters?)\b"
                       r"(?:(?!\b(?:said|says|told|according|attack|strike)\b)[^.;]){0,50}?"
                       r"\bkill(?:s|ed)\s+$")


# "one of the rockets", "the second drone": a part of munitions already told
_ONE_OF_THEM = re.compile(r"\b(?:(?:one|two|three|some|none|both|each|all)\s+of\s+the|the\s+"
                          r"(?:first|second|third|fourth|last|other|remaining))\s+(?:[\w-]+\s+)?"
                          r"(?:rockets?|drones?|missiles?|shells?|mortars?|projectiles?|"
                          r"UAVs?|bombs?)\b", re.I)
# "he was discharged this afternoon", "was flown to Germany on Friday": the day of the care,
# not of the harm
_CARED_FOR = re.compile(r"\b(?:discharged|released\s+from\s+(?:the\s+)?hospital|flown|"
                        r"airlifted|evacuated|returned\s+to\s+duty)\b[^.;,]{0,40}$", re.I)

# "Two days later, officials told us that four had been diagnosed with ...": news, that day,
# of the toll of a happening told before it; the day it was learned is not the happening's
_LATER_DAY = re.compile(r"\blater$|\b(?:next|following)\s+(?:day|morning)$", re.I)
_LEARNED = re.compile(r"\b(?:told|said|says|reported|confirmed|disclosed|acknowledged|"
                      r"revealed|learned)\b[^.;]{0,80}?\bhad\s+(?:been|sustained|suffered)\b")

_BASE_AFTER = re.compile(r"\s+(?:air\s+)?base\b", re.I)
_OPENS_SEPARATE = re.compile(r"\s*(?:In\s+(?:a|another)\s+separate\s+|In\s+another\s+|"
                             r"Separately\b|Elsewhere\b)")
# "... were also wounded in the attack": the toll of the happening named, told before
_IN_THE_ATTACK = re.compile(r"[^.;]{0,40}?\b(?:in|during|by)\s+the\s+(?:[\w-]+\s+)?(?:attack|"
                            r"strike|raid|barrage|assault|bombing|explosion|blast)\b")
_RESPONSE_TO = re.compile(r"\s(?:after|following)\s+$")
_DEADLINE = re.compile(r"\b(?:before|until|by)\s+$")
# "Initial reports indicate no injuries", "there were no casualties": a first count of none
_ANNOUNCED_THAT = re.compile(r"announc\w*,?\s+(?:[\w-]+\s+){0,4}?that\b", re.I)
_UPDATED = re.compile(r"\b(?:updated|revised|corrected|raised|amended)\b", re.I)
# "The earlier statement is corrected accordingly", said just after a toll: the count of the
# happening the statement told, given first as another (or none)
_CORRECTS = re.compile(r"\b(?:is|are|was|has\s+been|have\s+been)\s+(?:hereby\s+)?"
                       r"(?:corrected|amended|revised)\b", re.I)
_NONE_HURT = re.compile(r"\b(?:no|without)\s+(?:[\w.-]+\s+)?(?:injur|casualt|wound)", re.I)
# "the Friday statement", "Thursday's update": the day of a telling, not of the happening
_NAMES_TELLING = re.compile(r"(?:'s|’s)?\s+(?:statement|post|update|briefing|release|report|"
                            r"bulletin|readout)s?\b")


# "hurt when their truck overturned": an accident, not an attack (not "crashed": a drone that
# crashed into a house is an attack)
ACCIDENT = re.compile(r"\b(?:accident(?:ally)?|collided|collision|overturned|"
                      r"rolled\s+over|slid\s+off|mishap|training\s+incident)\b", re.I)
# "the group claimed the attack on Tuesday": a claim, dated by its own day
_CLAIMED = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|this|that|its)\s+"
                      r"(?:[\w-]+\s+)?$", re.I)
# "lodged a strong protest over the shelling today": a protest is the news of its own day
_PROTESTED = re.compile(r"\bprotest\w*\s+(?:over|against|about)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "said its fighters had targeted", "said it had attacked": a claim of the happening
_CLAIM_VERB = re.compile(r"\b(?:said|says|claimed|announced)\s+(?:that\s+)?(?:it|its\s+\w+|"
                         r"they|their\s+\w+)\s+(?:had|have|has)\s+$|"
                         r"\b(?:said|says|claimed|announced)\s+(?:that\s+)?(?:it|its\s+\w+|"
                         r"they|their\s+\w+)\s+(?:had|have|has)\s+\w+ed\b", re.I)
# "and it hit at 11:30 on Tuesday": the pronoun of the happening just told
_IT_DID = re.compile(r"\b(?:it|they)\s+(?:\w+ly\s+)?$", re.I)
# "now three, not two", "now five, up from two": the count a correction replaces
_NOT_OLD = re.compile(r"[ \t]*,?[ \t]*(?:not|up\s+from|down\s+from|rather\s+than|"
                      r"instead\s+of)\s+([A-Za-z]+|\d{1,4})\b", re.I)
# "a guard was also wounded": more hurt in the happening told before
_ALSO_HURT = re.compile(r"\b(?:also|further|additional)\b", re.I)
# "three more were also killed": a toll that adds to the first, not another source's count
_ALSO = re.compile(r"\b(?:also|another|more|further|additional|other)\b", re.I)
# "the raid killed", "the strike had wounded": a happening named as one already told
THE_HAPPENING = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|"
                           r"ambush|assault|bombing|operation)\s+(?:had\s+|has\s+)?(?:killed|"
                           r"wounded|injured|left|hit)\b", re.I)


def draft_events(doc: Document, dates: list[DateMention], places: list[PlaceMention],
                 systems: list[SystemMention], pub: date) -> list[Event]:
    if "\nDate\n" in doc.text and (stacked := rejoin_stacked(doc.text)) is not None:
        # header and rows one cell per line: each joined into a line of tab-separated cells
        doc = build_document(stacked[0], [sp for sp in doc.skipped if not any(
            r0 <= sp[0] and sp[1] <= r1 for r0, r1 in stacked[1])])
    if "\t" in doc.text and (joined := rejoin_rows(doc.text)) is not None:
        # a PDF table read one cell per line: its rows joined back (offsets unchanged; a
        # count cell alone on its line is no page number to skip)
        rows = joined[1]
        doc = build_document(joined[0], [sp for sp in doc.skipped if not any(
            r0 <= sp[0] and sp[1] <= r1 for r0, r1 in rows)])
    reader = _Reader(doc, dates, places, systems, pub)
    for i, sent in enumerate(doc.sentences):
        reader.read(i, sent)
    reader.settle_early_totals()
    drafts = fold_into_rows(doc.text, reader.drafts) if reader.table else reader.drafts
    events = finish(resolve_offsets(drafts, reader.dates.said_days), pub)
    for e in events:
        if e.place and any(SITE_INITIALS.fullmatch(n) for n in e.place.split(", ")):
            e.place = ", ".join(spelled_out(doc.text, n) for n in e.place.split(", "))
    return events




@dataclass
class _Sentence:
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


class _Reader:
    """Reads a document sentence by sentence, keeping what the next sentences may refer to."""

    def __init__(self, doc: Document, dates: list[DateMention], places: list[PlaceMention],
                 systems: list[SystemMention], pub: date) -> None:
        self.doc, self.text = doc, doc.text
        self.entries: list[Entry] = find_entries(doc.text, pub)  # a live blog's, if it is one
        # an incident table's rows, each with the toll its killed and injured columns give
        self.table, row_days = table_rows(doc.text, pub) if "\t" in doc.text else ({}, [])
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

    def read(self, i: int, sent: Sentence) -> None:
        text = self.text
        if sent.paragraph != self.paragraph:
            # a dateline's day, or the stamp's of the live-blog entry the paragraph is in
            self.entry = entry_at(self.entries, sent.start)
            self.paragraph = sent.paragraph
            self.context = self.dates.filed.get(sent.paragraph) or (
                self.entries[self.entry].day if self.entry >= 0 else None)
            self.named_last = self.context
        scopes = clauses(text, sent)
        places = inside_span(self.places_by.get(i, []), sent.start, sent.end)
        row_toll, row_place = self.table.get(sent.start, (None, "")) if self.table else (
            None, "")
        if row_toll is None and not scopes and i not in self.dates.happened and \
                i not in self.dates.said and not ANY_TOLL.search(text, sent.start, sent.end):
            # no action word, date or toll (most sentences): only a base named here matters
            if not BACKGROUND.search(text, sent.start, sent.end):
                self._remember_base(places)
                self._remember_last(i, places)
            return
        s = self._sentence(i, sent, places)
        row = bool(s.dates) and s.dates[0].start - sent.start <= 2 and \
            opens_line(text, sent.start)
        if row_toll is not None and s.dates:
            # an incident table's row: one incident, its toll in the killed/injured columns
            s.casualties = row_toll
            scopes = [(scopes[0][0], sent.start, scopes[0][2], sent.end) if scopes else
                      ("other", sent.start, s.dates[0].end, sent.end)]
        elif not scopes and s.systems and row:
            # a table row or timeline entry with no verb: "3 Aug  MSS Conoco, Syria  2 UAS"
            scopes = [("attack", sent.start, s.dates[0].end, sent.end)]
        elif scopes and row and "\t" in text[sent.start:sent.end]:
            # a table row "11 MAR 25 <tab> Harim, Idlib <tab> drone strike <tab> 1 KIA": one
            # happening, its cells one clause (a comma inside a cell ends nothing)
            scopes = [(scopes[0][0], sent.start, scopes[0][2], sent.end)]
        n_before = len(self.drafts)
        self._clauses(s, scopes)
        if row_toll is not None:
            for d in self.drafts[n_before:]:
                d.row = tuple(c.strip().lower() for c in text[sent.start:sent.end].split("\t"))
                if row_place:  # the row's town first
                    d.places = [row_place, *(p for p in d.places if p not in row_place)][:3]
        self._statement(s)
        if s.background and "came" in text[sent.start:s.background[0][0]]:
            self._came_after(s)
        for d in self.drafts[n_before:]:
            d.entry = self.entry
        made = self.drafts[n_before:]
        sited = [d for d in made if len(d.sites) >= 2]
        if sited:
            self.told.listed = (sited[-1].mentions, self.paragraph)
        self._toll_left(s, made)
        told = TOOK_PLACE.search(text, sent.start, sent.end) if any(
            d.precision == "day" for d in s.dates) else None
        days = [d for d in s.dates if d.precision == "day" and told and d.start >= told.end()]
        if days:  # "The attack took place late Wednesday": when what was just told happened
            date_told(self.drafts, i, days[0])
        self._date_lead(made)
        if self.entry in self.headed:  # a section of a brief: its own incident
            for d in self.drafts[n_before:]:
                d.section = self.entry
                if not d.places and d.kind in VIOLENT and self.headed[self.entry]:
                    d.places = [p.name for p in self.headed[self.entry]]
                    d.locate(self.headed[self.entry])
        if s.dates:  # "Hours later, rockets hit ... Most were intercepted": that day too
            self.context = s.dates[-1]
        self.named_last = max((d for d in self.dates.happened.get(i, []) +
                               self.dates.said.get(i, []) if d.precision in ("day", "month")),
                              key=lambda d: d.start, default=self.named_last)
        if self.named_last is not None and self.named_last.precision == "day":
            self.day_named = self.named_last
        self._remember_base(s.places)
        self._remember_last(i, s.places)

    def _remember_last(self, i: int, places: list[PlaceMention]) -> None:
        """The narrowest place the sentence named last, for "a strike there" just after."""
        if self.told.last is not None and self.told.last[1] < i - 1:
            self.told.last = None
        named = [p for p in places if not p.locator and p.precision not in BROAD_PRECISIONS]
        if named:
            self.told.last = (max(named, key=lambda p: (p.precision == "installation",
                                                        p.start)), i)

    def _sentence(self, i: int, sent: Sentence, places: list[PlaceMention]) -> _Sentence:
        text = self.text
        # "since the Oct. 7 attack", "in retaliation for the drone strike that killed ...":
        # an earlier happening recalled; its date, places, action words and dead are not news
        background = [m.span() for m in BACKGROUND.finditer(text, sent.start, sent.end)]
        hurt = find_casualties(text, sent.start, sent.end) if background else []
        if hurt:
            background = [b for b in background if not self._toll_cause(b, i, hurt)]
        dates, absolute = sentence_dates(text, sent, self.dates.happened.get(i, []),
                                         self.named_last, self.drafts, background)
        return _Sentence(
            i, sent, dates, absolute,
            [p for p in places if not any(b0 <= p.start < b1 for b0, b1 in background)],
            inside_span(self.systems_by.get(i, []), sent.start, sent.end),
            [c for c in (hurt if background else find_casualties(text, sent.start, sent.end))
             if not any(b0 <= c.start < b1 for b0, b1 in background)],
            background)

    def _toll_cause(self, span: tuple[int, int], i: int, hurt: list[Casualty]) -> bool:
        """"four soldiers were treated for injuries after a rocket attack on the base on April
        26": not an earlier happening recalled but the cause of the toll just told, a
        happening of its own day."""
        b0, b1 = span
        return _INDEFINITE_AFTER.match(self.text, b0) is not None and any(
            b0 <= d.start and "," not in self.text[b1:d.start] and d.precision == "day"
            for d in self.dates.happened.get(i, [])) and any(
            c.end <= b0 and "," not in self.text[c.start:b0] for c in hurt)

    def _remember_base(self, places: list[PlaceMention]) -> None:
        # ("the al-Shaddadi base": a town's name given to the base there)
        named = [p for p in places if not p.locator and (p.precision == "installation" or
                                                        p.name.lower().endswith(" base") or
                                                        _BASE_AFTER.match(self.text, p.end))]
        if named:
            self.told.base = (named[-1], self.paragraph)
        states = [p for p in places if p.precision == "country" and not p.locator]
        if states:
            self.told.country = (states[-1], self.paragraph)

    def _clauses(self, s: _Sentence, scopes: list[tuple[str, int, int, int]]) -> None:
        text, sent = self.text, s.sent
        dateline = DATELINE_LEAD.match(text, sent.start, sent.end)
        subject = (sent.start, scopes[0][2]) if scopes else None
        owner, opening = date_owners(text, sent.start, scopes, s.dates)
        handed = self._tolls_handed_on(s, scopes, owner)
        for n_scope, (kind, c_start, t_start, c_end) in enumerate(scopes):
            if any(b0 <= t_start < b1 for b0, b1 in s.background):
                continue  # "since the Oct. 7 attack on Israel": background, not a happening
            # "...; on Jan. 12, jets struck": a date opening another clause is not this one's;
            # its own clause's dates first, else any the sentence shares
            shared = [d for d in s.absolute if id(d) not in opening and owner.get(id(d)) is None]
            if n_scope == 0 and kind in VIOLENT and _RESPONSE_TO.search(
                    text, max(sent.start, c_start - 11), c_start) and shared and all(
                    d.end <= c_start for d in s.dates):
                # "Lawmakers on Thursday demanded answers after a drone struck a base": the
                # day of the response, not of the strike it answers
                shared = []
                opening = opening | {id(d) for d in s.dates}
            own = [d for d in s.absolute if owner.get(id(d)) == n_scope] or shared
            loose = [d for d in s.dates if owner.get(id(d)) == n_scope or id(d) not in opening]
            if dateline and c_start < dateline.end() <= t_start:
                c_start = dateline.end()  # "DEIR EZ-ZOR, Syria (Wire) - Mortar rounds hit"
            if kind == CAPTURE_KIND:
                if not place_taken(text, t_start, s.places):
                    continue  # "seized Iranian oil", "took Russian prisoners": no ground taken
                kind = "attack"
            kind = event_kind(kind, text, c_start, t_start, subject)
            in_scope = [d for d in s.dates if owner.get(id(d)) == n_scope]
            if any(not d.implicit for d in in_scope):  # "overnight ... to Wednesday": one date
                in_scope = [d for d in in_scope if not d.implicit]
            if len(in_scope) > 1:
                # "began on Monday to move ..., and is to be emptied before the end of August":
                # a deadline beside the day the move was made is not another happening
                in_scope = [d for d in in_scope if not _DEADLINE.search(
                    text, max(sent.start, d.start - 8), d.start)] or in_scope
            if kind in VIOLENT and ((not in_scope and counted_since(
                    text, c_start, t_start, c_end, self.dates.happened.get(s.i, []))) or
                    TIMES_TALLY.search(text, max(sent.start, t_start - 40), sent.end) or
                    many_counted(text, max(sent.start, t_start - 40), c_end)):
                s.claimed.update(id(c) for c in s.casualties if c_start <= c.start < c_end)
                continue
            if not in_scope:
                in_scope = period_date(text, kind, c_start, t_start, c_end,
                                       self.dates.happened.get(s.i, []))
            hurt = [c for c in s.casualties if handed.get(id(c), -1) == n_scope or (
                c_start <= c.start < c_end and id(c) not in handed)]
            if hurt and kind == "announcement" and (
                    cause := _CAUSE.search(text, t_start, c_end)) is not None:
                # "halted its attacks in February after a drone killed three soldiers": the
                # toll is that of the happening the announcement answered, not the announcement's
                hurt = [c for c in hurt if c.start < cause.start()]
            if hurt and kind == "announcement" and (text.startswith("said", t_start) or (
                    text.startswith("announce", t_start) and
                    _ANNOUNCED_THAT.match(text, t_start, hurt[0].start))):
                # "the SDF said in a statement Wednesday that two fighters were wounded", "I am
                # sorry to announce that the boy died": the toll of a happening, left for the
                # one it counts, not the statement's
                hurt = []
            if hurt and (CUMULATIVE.search(text, c_start, c_end) or
                         DAY_TALLY.search(text, sent.start, c_end)):
                hurt = []  # "have killed at least four since November": a running tally
            if named_only(text, c_start, t_start) and not (
                    kind in VIOLENT and first_telling(text, self.drafts, in_scope, t_start)):
                # the attacks are named, not told; a toll in the clause is that of the
                # happening around it ("traded blame for an exchange of fire late on Sunday",
                # the only telling of Sunday's clash, tells it)
                self._claim(s, in_scope, (c_start, t_start, c_end))
                continue
            if kind in VIOLENT and died_of_told(text, c_start, t_start):
                continue  # "succumbed to wounds sustained in the strike": its toll, told on
            s.claimed.update(id(c) for c in hurt)
            # "can deploy to other areas or leave Iraq": the modal of a verb joined without a
            # break governs the next one too
            modal_from = scopes[n_scope - 1][1] if n_scope and not BOUNDARY_RE.search(
                text, scopes[n_scope - 1][2], t_start) else c_start
            quoted = inside(self.doc.quoted, t_start) and not (s.places and any(
                d.precision == "day" for d in s.dates))  # a dated, placed quote tells one
            if not hurt and kind in MOVES and planned_move(text, sent.start, t_start):
                continue  # "plans to cut troops, pulling out of two bases": a plan
            if not hurt and not_told(text, sent.start, c_start, t_start, c_end,
                                     modal_from=modal_from, quoted=quoted,
                                     imagined=not in_scope or kind in MOVES):
                continue  # "condemned the strikes", "are regularly intercepted", a quote
            weapons = inside_span(s.systems, c_start, c_end) or s.systems
            weapon_names = list(dict.fromkeys(w.name for w in weapons))
            # "Al-Qaim was transferred on March 19, followed by Q-West on March 26": one event
            # per date, each with the places named since the date before it.
            in_scope = nearest_dates(text, in_scope, shared, t_start)
            pieces = split_by_dates(c_start, c_end, in_scope) if len(in_scope) > 1 else [
                (c_start, c_end, in_scope[0] if in_scope else None)]
            for n, (p_start, p_end, when) in enumerate(pieces):
                given = when is not None or any(owner.get(id(d)) == n_scope for d in s.absolute)
                if when is None:  # a clause dated by a period ("between 9 and 12 May") only
                    when = own[0] if own else (loose[0] if loose else None if any(
                        d.opens_period and c_start <= d.start < c_end
                        for d in self.dates.happened.get(s.i, [])) else self.context)
                moved = kind if kind in MOVES and when is None and _HAS_DONE.search(
                    text, max(c_start, t_start - 24), t_start) else None
                kind, said, when = self._said(s, kind, when, given, (c_start, t_start, c_end))
                prev = last_told(self.drafts, s.i, self.entry)
                if kind in VIOLENT and prev is not None and prev.date is not None and any(
                        when is d for d in self.dates.said.get(s.i, [])) and \
                        THE_HAPPENING.search(text, c_start, c_end):
                    # "CENTCOM said on Friday that the raid killed two": the raid just told, in
                    # the words of a statement dated when it was made
                    prev.casualties = fuller_toll(prev.casualties, hurt if n == 0 else [])
                    prev.told_again(s.i)
                    continue
                if hurt and not given and kind in VIOLENT and recalls_told(text, c_start, t_start) \
                        and (told := tolled_recently(self.drafts, s.i, self.entry)) is not None:
                    # "Three were injured in the initial strike": the toll of the one told
                    told.casualties = fuller_toll(told.casualties, hurt if n == 0 else [])
                    told.told_again(s.i)
                    continue
                where = clause_places(text, sent, kind, s.places, (p_start, t_start, p_end),
                                      n == 0, self.told, self.paragraph, s.setting)
                s_start, s_end = trim(text, p_start if n else c_start, p_end)
                toll = hurt if n == 0 else []
                if toll and kind in VIOLENT and not given and when is self.context and \
                        names_told_site(text, c_start, t_start):
                    # "the attack on X left four wounded": the day X was hit, told before,
                    # not that of the happening just told elsewhere
                    when = told_before(self.drafts, s.i, where) or when
                if when is None and kind in VIOLENT and self.day_named is not None and \
                        "that " in text[sent.start:c_end] and THAT_DAY.search(
                            text, sent.start, c_end):
                    when = self.day_named  # "was shot down that night": the day just named
                if when is None and kind in VIOLENT and "midnight" in text[sent.start:c_end]:
                    when = self._after_midnight(s)
                if when is None and self._more_of_last(s, kind, where, toll, weapon_names,
                                                       (s_start, s_end, t_start, c_end)):
                    continue
                if when is None and kind in VIOLENT:
                    when = told_before(self.drafts, s.i, where)
                if when is None and toll and kind in VIOLENT and where:
                    when = lede_day(self.drafts, where)  # a site of the lede's happening
                if when is None and kind in VIOLENT and where and \
                        (said_day := self._claimed_on(s, t_start)) is not None:
                    when = said_day
                if when is not None and when.precision == "month" and kind in VIOLENT and \
                        where and any(when is d for d in shared) and (said_day := said_day_of_claim(
                            text, self.dates.said.get(s.i, []), t_start)) is not None:
                    when = said_day  # "Earlier this week ..., and said on Tuesday it had hit Y"
                if when is None and toll and kind in VIOLENT and \
                        ANOTHER_OF_KIND.match(text, c_start, c_end):
                    when = sibling_day(self.drafts, s.i)
                second = kind in VIOLENT and c_start - sent.start <= 2 and \
                    SECOND_WEAPON.match(text, sent.start, t_start) is not None
                if when is None and second:
                    # "A second drone was shot down near X": one more of the day just told
                    when = sibling_day(self.drafts, s.i)
                if when is not None and not where and not toll and kind in VIOLENT and \
                        prev is not None and prev.date is None and prev.places and \
                        prev.sentence == s.i - 1 and prev.paragraph == sent.paragraph and \
                        _IT_DID.search(text, max(c_start, t_start - 12), t_start):
                    # "The drone hit the air base. ... and it hit at 11:30 on Tuesday night":
                    # the day of the happening just told, not a placeless one of its own
                    prev.date = when
                    prev.told_again(s.i)
                    continue
                if when is None and not hurt and ANOTHER.search(text, c_start, t_start):
                    continue  # "when another drone hit": an undated other event, not this one
                if not toll and kind in VIOLENT and c_start - sent.start <= 2 and \
                        _THE_NTH.match(text, sent.start, t_start) and \
                        (whole := self._whole_attack(s)) is not None:
                    # "The fourth drone crashed in an orchard and was recovered this morning":
                    # one of the weapons of the attack told, not a happening of its own
                    whole.told_again(s.i)
                    continue
                by_place = place_groups(text, sent, s.places, toll) \
                    if kind in VIOLENT and len(toll) >= 2 and len(pieces) == 1 else None
                if by_place is not None and by_place[1] >= 2:
                    # "In X, three were wounded by shelling, and in Y a farmer was killed"
                    self._draft_by_place(s, kind, when, weapon_names, by_place[0])
                    continue
                self.drafts.append(Draft(
                    kind, s_start, s_end, when, [p.name for p in where][:3],
                    weapon_names, toll, summary(text, s_start, s_end),
                    sent.paragraph, s.i, bool(ANOTHER.search(text, sent.start, c_end)), said,
                    # (a second drone downed elsewhere is a happening of its own, not a part
                    # of the first attack)
                    bool(INTERCEPT.search(text, t_start, c_end)) and not (second and where),
                ))
                self.drafts[-1].locate(where[:3])
                if moved and said and kind == "announcement" and where and when is not None \
                        and when.precision == "day":
                    # "The Army has moved a battery to X, CENTCOM confirmed Tuesday": the news
                    # of that day, and the move itself, done by then, in that month
                    month = DateMention(when.start, when.end, when.text, when.iso[:7], "month")
                    self.drafts.append(Draft(
                        moved, s_start, s_end, month, [p.name for p in where][:3],
                        weapon_names, [], summary(text, s_start, s_end), sent.paragraph, s.i))
                    self.drafts[-1].locate(where[:3])

    def _tolls_handed_on(self, s: _Sentence, scopes: list[tuple[str, int, int, int]],
                         owner: dict[int, int | None]) -> dict[int, int]:
        """"A drone struck the base on Feb. 11, and four soldiers were hurt after a rocket
        attack on April 26": a toll opening its own part of a clause, then "after" a happening
        dated on another day, is that happening's ({id of the casualty: its clause})."""
        handed: dict[int, int] = {}
        if len(scopes) < 2 or not s.casualties:
            return handed
        text = self.text
        for n in range(1, len(scopes)):
            c_start, prev_trigger = scopes[n][1], scopes[n - 1][2]
            if not _THEN_AFTER.search(text, max(prev_trigger, c_start - 12), c_start):
                continue
            own = {d.iso for d in s.absolute if owner.get(id(d)) == n and d.precision == "day"}
            before = {d.iso for d in s.absolute if owner.get(id(d)) == n - 1}
            if len(own) != 1 or own & before:
                continue
            first = next((c for c in s.casualties if prev_trigger < c.start < c_start and
                          _OPENS_PART.search(text, prev_trigger, c.start)), None)
            for c in s.casualties if first is not None else ():
                if first.start <= c.start < c_start:
                    handed[id(c)] = n
        return handed

    def _date_lead(self, made: list[Draft]) -> None:
        """"At least 24 were killed in a drone attack on a market in X." then "The drone
        struck the market on Monday afternoon": the happening told undated, dated by the
        next telling of it."""
        for d in made:
            if d.date is None or d.date.precision != "day" or d.kind not in VIOLENT or \
                    d.casualties or not _THE_WEAPON_HIT.search(self.text, d.start, d.end):
                continue
            first = next((p for p in reversed(self.drafts) if p.sentence < d.sentence), None)
            if first is not None and first.date is None and first.kind in VIOLENT and \
                    first.casualties and d.sentence - first.sentence <= 2 and \
                    (not d.keys or d.keys & first.keys):
                first.date = d.date

    def _after_midnight(self, s: _Sentence) -> DateMention | None:
        """"Shortly after midnight, a drone hit ..." after a happening "late on Wednesday":
        the next day (the night is the one just told)."""
        m = _AFTER_MIDNIGHT.search(self.text, s.sent.start, s.sent.end)
        prev = sibling_day(self.drafts, s.i) if m else None
        if m is None or prev is None or not _LATE.search(
                self.text, max(0, prev.start - 12), prev.end):
            return None
        day = date.fromisoformat(prev.iso) + timedelta(days=1)
        return DateMention(m.start(), m.end(), m.group(0), day.isoformat(), "day")

    def _statement(self, s: _Sentence) -> None:
        """"In a statement read on state radio on Monday, the army said ...": a statement
        dated at the head of its sentence is the news of its day, an announcement."""
        said = [d for d in self.dates.said.get(s.i, []) if d.precision == "day"]
        if not said or not STATEMENT_OPENS.match(self.text, s.sent.start, said[0].start) or \
                any(d.kind == "announcement" and d.sentence == s.i for d in self.drafts[-3:]):
            return
        start, end = trim(self.text, s.sent.start, s.sent.end)
        self.drafts.append(Draft("announcement", start, end, said[0], [], [], [],
                                 summary(self.text, start, end), s.sent.paragraph, s.i,
                                 said=True))

    def _claim(self, s: _Sentence, in_scope: list[DateMention],
               span: tuple[int, int, int]) -> None:
        """"The group claimed the attack on Tuesday", the attack told before with another
        day: the claim is the news of its own day, an announcement; so is a protest lodged
        over one ("summoned the envoy today and protested over the shelling")."""
        c_start, t_start, c_end = span
        protest = _PROTESTED.search(self.text, c_start, t_start) is not None
        days = [d for d in (s.dates if protest and not in_scope else in_scope)
                if d.precision == "day"]
        prev = next((d for d in reversed(self.drafts) if d.kind in VIOLENT and d.date is not None
                     and s.i - d.sentence <= 8), None) if days else None
        if not days:
            return
        if not protest and (prev is None or prev.date is None or prev.date.iso == days[0].iso
                            or not _CLAIMED.search(self.text, c_start, t_start)):
            return
        s_start, s_end = trim(self.text, c_start, c_end)
        self.drafts.append(Draft("announcement", s_start, s_end, days[0], [], [], [],
                                 summary(self.text, s_start, s_end), s.sent.paragraph, s.i,
                                 said=True))

    def _said(self, s: _Sentence, kind: str, when: DateMention | None, given: bool,
              span: tuple[int, int, int]) -> tuple[str, bool, DateMention | None]:
        """(kind, dated by when it was said?, date) of a clause told as somebody's news."""
        text = self.text
        c_start, t_start, c_end = span
        said_here = self.dates.said.get(s.i, [])
        if kind == "announcement" and (right := next((d for d in said_here if t_start < d.start
                                                      < c_end and len(text[t_start:d.start]
                                                                      .split()) <= 2), None)):
            # "announced in September 2024, the mission ended in September": the day of the
            # announcement is the one told with its verb, not a later one in the sentence
            return kind, True, right
        if said_here and not given and kind in MOVES and (
                when is None or PLANNED.search(text, max(c_start, t_start - 30), t_start)
                or text.startswith(("sending", "deploying"), t_start)):
            # "Norway will send a NASAMS unit ..., the ministry announced on Wednesday":
            # the news of that day is the decision; "said on Friday it had moved launchers
            # into the district", with no day of the move: the news is the statement
            return "announcement", True, said_here[0]
        if said_here and not given and kind == "announcement" and (
                when is None or when.precision == "offset"
                or any(c_start <= d.start < c_end for d in said_here)):
            # "said on Friday that it had agreed to", "said last month it had stopped":
            # the day it was said, not a date told elsewhere in the sentence
            return kind, True, said_here[0]
        if kind in VIOLENT and not given and said_here and said_here[0].precision == "day" and \
                when is not None and not s.sent.start <= when.start < s.sent.end and \
                _SAID_THAT.match(text, said_here[0].end, t_start) is not None:
            # "On 3 January rockets hit the base. CENTCOM said on 5 January that jets had struck
            # the launch sites": a new happening told as that day's news, dated by the
            # statement (not by the last sentence's day), the one day the text gives it
            return kind, True, said_here[0]
        if when is None and kind in VIOLENT and said_here and said_here[0].precision == "month":
            # "said last week that forces had killed ...": no nearer date than that
            return kind, False, said_here[0]
        return kind, False, when

    def _more_of_last(self, s: _Sentence, kind: str, where: list[PlaceMention],
                      toll: list[Casualty], weapons: list[str],
                      span: tuple[int, int, int, int]) -> bool:
        """"The vessel was hit 60 miles off Hodeidah." right after the dated attack: more about
        that attack, not an undated one of its own (True: told, nothing more to draft); "In
        Syria, the strikes hit Al-Bukamal": a place of its own, that day, its own draft."""
        text, sent = self.text, s.sent
        s_start, s_end, t_start, c_end = span
        prev = last_told(self.drafts, s.i, self.entry)
        if prev is None and kind in VIOLENT and _ONE_OF_THEM.search(text, sent.start, t_start):
            # "one of the rockets that fell near the road caused ...", paragraphs after the
            # rockets were told: more of that happening
            prev = next((d for d in reversed(self.drafts) if d.kind in VIOLENT and not d.other
                         and d.date is not None and s.i - d.sentence <= 12
                         and d.entry == self.entry), None)
        if prev is None or prev.date is None or kind not in VIOLENT or \
                prev.paragraph >= sent.paragraph or ANOTHER.search(text, sent.start, c_end):
            return False
        new = [p for p in where if p.precision != "country" and p.key not in prev.keys]
        if new and (prev.sites or (prev.casualties and toll)):
            self.drafts.append(Draft(
                kind, s_start, s_end, prev.date, [p.name for p in where][:3], weapons, toll,
                summary(text, s_start, s_end), sent.paragraph, s.i,
                intercept=bool(INTERCEPT.search(text, t_start, c_end))))
            self.drafts[-1].locate(where[:3])
            return True
        prev.places += [p.name for p in where if p.name not in prev.places]
        prev.places = prev.places[:3]
        prev.locate(where)
        # a second telling of that attack ("state media said it killed two"): the fuller
        # toll, never the sum
        prev.casualties = fuller_toll(prev.casualties, toll)
        prev.weapons = list(dict.fromkeys(prev.weapons + weapons))
        prev.last_paragraph = self.paragraph
        prev.told_again(s.i)
        return True

    def _tolls_by_place(self, s: _Sentence, orphans: list[Casualty]) -> bool:
        """"In Krasnopillia, two people were injured, and in Velyka Pysarivka a drone killed a
        driver", after a toll told elsewhere: a list of tolls place by place (a governor's
        post, a release by sector), each a happening of its own place, on the day of the one
        told before. True when drafted."""
        last = self.drafts[-1]
        if last.kind not in VIOLENT or last.date is None:
            return False
        found = place_groups(self.text, s.sent, s.places, orphans)
        if found is None or any(p.key in last.keys for p, _ in found[0]):
            return False
        self._draft_by_place(s, last.kind, last.date, [], found[0])
        return True

    def _draft_by_place(self, s: _Sentence, kind: str, when: DateMention | None,
                        weapons: list[str],
                        groups: list[tuple[PlaceMention, list[Casualty]]]) -> None:
        text, sent = self.text, s.sent
        for place, tolls in groups:
            self.drafts.append(Draft(kind, sent.start, sent.end, when, [place.name], weapons,
                                     tolls, summary(text, sent.start, sent.end),
                                     sent.paragraph, s.i, other=True))
            self.drafts[-1].locate([place])
            self.drafts[-1].entry = self.entry

    def _led_elsewhere(self, s: _Sentence) -> bool:
        """"Hajin (Abu Kamal district): ... One civilian was killed": a paragraph led by a
        place of its own tells another incident than the one told before it elsewhere."""
        start = self.text.rfind("\n", 0, s.sent.start) + 1
        lead = _PLACE_LEAD.match(self.text, start)
        if lead is None:
            return False
        first = self.places_by.get(self.doc.sentence_index(start), [])
        named = next((p for p in first if p.start == start and p.end >= lead.end(1)), None)
        return named is not None and named.name not in self.drafts[-1].places

    def _toll_of_period(self, s: _Sentence, orphans: list[Casualty]) -> bool:
        """A sentence opening with a dated background period ("During the 12-day war in June
        2025, missiles killed 28 people"): its toll is that period's, an event of its date,
        never more of the happening told before. True when drafted."""
        sent = s.sent
        if not s.background or s.background[0][0] - sent.start > 1:
            return False
        b0, b1 = s.background[0]
        when = next((d for d in self.dates.happened.get(s.i, []) if b0 <= d.start < b1
                     and d.precision in ("day", "month")), None)
        if when is None or any(c.start < b1 for c in orphans):
            return False
        start, end = trim(self.text, sent.start, sent.end)
        at = [p for p in s.places if not p.locator and p.start >= b1][:3]
        self.drafts.append(Draft("attack", start, end, when, [p.name for p in at],
                                 list(dict.fromkeys(w.name for w in s.systems)), orphans,
                                 summary(self.text, start, end), sent.paragraph, s.i, True))
        self.drafts[-1].locate(at)
        self.drafts[-1].entry = self.entry
        return True

    def _tally_goes_on(self, s: _Sentence) -> bool:
        """"Forces had been attacked 92 times since Oct. 17. He said 66 personnel had been
        injured": an undated count in the perfect, right after a running tally of attacks,
        counts the hurt of all of them, no one happening's."""
        sent = s.sent
        if s.i == 0 or s.dates or not _PERFECT_HURT.search(self.text, sent.start, sent.end):
            return False
        before = self.doc.sentences[s.i - 1]
        return before.paragraph == sent.paragraph and bool(
            TIMES_TALLY.search(self.text, before.start, before.end) or
            CUMULATIVE.search(self.text, before.start, before.end))

    def _attack_told(self, s: _Sentence) -> Draft | None:
        """The happening "the attack" names in a later paragraph: of the violent ones told in
        the last dozen sentences, the last with a toll (the story's main one), else the last."""
        told = [d for d in self.drafts[-12:] if d.kind in VIOLENT and not d.other
                and 0 <= s.i - d.sentence <= 12]
        return next((d for d in reversed(told) if d.casualties), told[-1] if told else None)

    def _separate_before(self, s: _Sentence) -> Draft | None:
        """"In a separate incident, a bomb went off near a convoy. The blast wounded its
        driver": the other happening the sentence before opened with, not an aside in a
        sentence about the main one, is the one the toll goes on about."""
        if s.i == 0:
            return None
        before = self.doc.sentences[s.i - 1]
        if not _OPENS_SEPARATE.match(self.text, before.start, before.end):
            return None
        return next((d for d in reversed(self.drafts[-3:]) if d.sentence == s.i - 1
                     and d.kind in VIOLENT and d.other and not d.casualties), None)

    def _first_count_revised(self, s: _Sentence) -> Draft | None:
        """A toll told right after (or with) an earlier count ("Initial reports spoke of no
        casualties."), paragraphs after the happening: the happening the story opened with,
        the first violent one of the last 20 sentences dated to a day."""
        sent = s.sent
        before = self.doc.sentences[s.i - 1] if s.i else None
        start = before.start if before is not None and before.paragraph == sent.paragraph \
            else sent.start
        if ANOTHER.search(self.text, sent.start, sent.end):
            return None
        told = [d for d in self.drafts if s.i - d.sentence <= 20 and d.kind in VIOLENT
                and d.entry == self.entry and not d.other and d.date is not None
                and d.date.precision == "day"]
        # "... targeted the base. Initial reports indicate no injuries." then, paragraphs on,
        # "two service members were treated for minor injuries": the wounded of the last
        # happening first said to have hurt no one, not of the story's first
        sents = self.doc.sentences
        if all(c.kind == "wounded" for c in s.casualties):
            for d in reversed(told):
                if d.casualties or d.sentence >= s.i - 1:
                    continue
                after = [t for t in sents[d.sentence + 1:d.sentence + 3]
                         if t.paragraph == sents[d.sentence].paragraph]
                if any(_NONE_HURT.search(self.text, t.start, t.end) for t in after):
                    return d
        if before is not None and before.paragraph == sent.paragraph and _NONE_HURT.search(
                self.text, before.start, before.end) and _UPDATED.search(
                self.text, sent.start, sent.end):
            # "The first statement said no one was hurt. Then CENTCOM updated it: three were
            # evaluated for TBI": the first count of the story's happening, revised
            return told[0] if told else None
        if (early := EARLIER_TELLING.search(self.text, sent.start, sent.end)) is not None and \
                s.casualties and early.start() < s.casualties[0].start and not _UPDATED.search(
                    self.text, sent.start, sent.end) and told and told[0].casualties:
            # "The command initially said one soldier had been hurt", after the fuller count:
            # the count as first given, not a revision of the one told
            return None
        after = sents[s.i + 1] if s.i + 1 < len(sents) else None
        if not EARLIER_TELLING.search(self.text, start, sent.end) and not (
                after is not None and after.paragraph == sent.paragraph and
                _CORRECTS.search(self.text, after.start, after.end)):
            return None
        return told[0] if told else None

    def _whole_toll(self, s: _Sentence, orphans: list[Casualty],
                    toll_dates: list[DateMention]) -> Draft | None:
        """The happening a placeless toll counts in whole: the story opened with a toll of
        the whole happening (no site of its own), then told site by site; a count larger
        than the last site's own, in a later paragraph, is the whole's again."""
        if any(c.added or c.partitive for c in orphans) or any(
                p.precision not in BROAD_PRECISIONS and not p.locator for p in s.places):
            return None
        recent = [d for d in self.drafts if s.i - d.sentence <= 20 and d.kind in VIOLENT
                  and d.entry == self.entry and not d.other and d.date is not None]
        lede = next((d for d in recent if d.casualties), None)
        if lede is None or lede.sites or lede.paragraph >= s.sent.paragraph or \
                len(lede.date.iso) < 10 or any(  # (a month-only date has no day to compare)
                abs((date.fromisoformat(t.iso[:10]) - date.fromisoformat(lede.date.iso[:10])
                     ).days) > 1 for t in toll_dates if len(t.iso) >= 10):
            return None
        target = main_told(self.drafts, s.i, s.sent.paragraph)
        if target is lede or not target.sites or not target.casualties:
            return None
        counts = {k: sum(c.count or 0 for c in target.casualties if c.kind == k)
                  for k in ("killed", "wounded")}
        told = {k: sum(c.count or 0 for c in orphans if c.kind == k) for k in counts}
        exceeds = all(told[k] > counts[k] for k in counts if told[k]) and any(told.values())
        return lede if exceeds and told["killed"] > counts["killed"] else None

    def _added_elsewhere(self, s: _Sentence, orphans: list[Casualty]) -> bool:
        """"A further 16 people were wounded in central Israel", after a toll told at another
        place: more dead or wounded of that day at a place of their own, an event of it.
        True when drafted."""
        if not all(c.added for c in orphans):
            return False
        target = main_told(self.drafts, s.i, s.sent.paragraph)
        if target.kind not in VIOLENT or target.date is None or not target.sites:
            return False
        # ("in northern Israel" is not the country the first toll's town lies in)
        at = [p for p in s.places if not p.locator and (
            _PART_OF.search(self.text, max(0, p.start - 12), p.start) if
            p.precision in BROAD_PRECISIONS else p.key not in target.keys)]
        if not at:
            return False
        start, end = trim(self.text, s.sent.start, s.sent.end)
        self.drafts.append(Draft(target.kind, start, end, target.date, [at[0].name], [],
                                 orphans, summary(self.text, start, end), s.sent.paragraph,
                                 s.i, other=True))
        self.drafts[-1].locate(at[:1])
        self.drafts[-1].entry = self.entry
        return True

    def _untolled_before(self, s: _Sentence) -> Draft | None:
        """The dated violent happening with no toll yet told in the last ten sentences (of
        the same live-blog entry), when the sentence names no place and no other happening."""
        if any(not p.locator and p.precision not in BROAD_PRECISIONS for p in s.places) or \
                ANOTHER.search(self.text, s.sent.start, s.sent.end):
            return None
        for d in reversed(self.drafts):
            if s.i - d.sentence > 10 or d.entry != self.entry:
                return None
            if d.kind in VIOLENT and not d.other:
                # ("killed in the strikes on the Bekaa": a region the happening is not in)
                elsewhere = any(p.key not in d.keys and p.country not in d.countries
                                for p in s.places if not p.locator)
                return d if d.date is not None and not d.casualties and not elsewhere else None
        return None

    def settle_early_totals(self) -> None:
        """A new total told before any happening goes to the first violent one with a toll
        of that kind, told in the next few dozen sentences; else it is dropped."""
        kinds = {c.kind for c in self.early_totals}
        target = next((d for d in self.drafts if d.kind in VIOLENT and d.sentence < 60
                       and any(c.kind in kinds for c in d.casualties)), None)
        if target is None:
            return
        for c in self.early_totals:
            # "is now three, not two": the row that counted two is the one corrected
            m = _NOT_OLD.match(self.text, c.end)
            old = word_value(m.group(1)) if m else None
            row = next((r for r in target.casualties if r.kind == c.kind and old is not None
                        and r.count == old), None)
            if row is not None and c.count is not None:
                target.casualties = [replace(r, count=c.count) if r is row else r
                                     for r in target.casualties]
            else:
                target.casualties = fuller_toll(target.casualties, [c])

    def _claimed_on(self, s: _Sentence, t_start: int) -> DateMention | None:
        """"In a statement on Saturday, the group said its fighters had targeted the base":
        a placed attack with no day of its own, told as the claim of that day, takes it."""
        said = [d for d in self.dates.said.get(s.i, []) if d.precision == "day"
                and d.start < t_start]
        if not said or not _CLAIM_VERB.search(self.text, said[-1].end, t_start):
            return None
        return said[-1]

    def _whole_attack(self, s: _Sentence) -> Draft | None:
        """The first day-dated violent happening told in the last 20 sentences: the attack
        the story opened with, of which "the fourth drone" is a part."""
        recent = [d for d in self.drafts if s.i - d.sentence <= 20 or
                  any(s.i - n <= 20 for n in d.told_in)]
        return next((d for d in recent if d.kind in VIOLENT and not d.other and
                     d.date is not None and d.date.precision == "day"), None)

    def _came_after(self, s: _Sentence) -> None:
        """"The strike came three days after a drone attack on X that wounded three": the
        earlier attack recalled is a happening of its own, dated that many days before the one
        just told, with the places and toll its words give (when it names a site or a toll)."""
        text = self.text
        b0, b1 = s.background[0]
        m = _CAME_BEFORE.search(text, max(s.sent.start, b0 - 30), b0)
        anchor = sibling_day(self.drafts, s.i + 1) if m else None
        if m is None or anchor is None or not text.startswith("after", b0):
            return
        n = m.group("n").lower()
        unit = m.group("unit").lower()
        count = int(n) if n.isdigit() else 1 if n in ("a", "an") else int(word_value(n) or 0)
        back = 0 if unit.startswith("hour") else count * (7 if unit.startswith("week") else 1)
        try:
            day = date.fromisoformat(anchor.iso) - timedelta(days=back)
        except ValueError:
            return
        at = [p for p in self.places_by.get(s.i, []) if b0 <= p.start < b1 and not p.locator
              and p.precision not in BROAD_PRECISIONS][:3]
        hurt = find_casualties(text, b0, b1)
        if not at and not hurt:
            return
        start, end = trim(text, b0 + len("after"), b1)
        self.drafts.append(Draft("attack", start, end,
                                 DateMention(m.start(), b1, text[m.start():b1], day.isoformat(),
                                             "day"), [p.name for p in at],
                                 list(dict.fromkeys(w.name for w in inside_span(
                                     s.systems, b0, b1))), hurt, summary(text, start, end),
                                 s.sent.paragraph, s.i))
        self.drafts[-1].locate(at)
        self.drafts[-1].entry = self.entry

    def _only_tolled(self, kinds: set[str]) -> Draft | None:
        """The one violent happening told so far with a count of those kinds, if only one."""
        tolled = [d for d in self.drafts if d.kind in VIOLENT and not d.other and any(
            c.kind in kinds for c in d.casualties)]
        return tolled[0] if len(tolled) == 1 else None

    def _also_of_last(self, s: _Sentence) -> Draft | None:
        """The violent happening told last, a few sentences before, when the toll says it
        adds to one ("was also wounded")."""
        if not self.drafts or not _ALSO_HURT.search(self.text, s.sent.start, s.sent.end):
            return None
        last = self.drafts[-1]
        return last if last.kind in VIOLENT and 0 < s.i - last.sentence <= 8 and \
            last.entry == self.entry else None

    def _tolled_at(self, s: _Sentence) -> Draft | None:
        """The last violent happening with a toll, told in the last 15 sentences at a place
        this sentence names."""
        names = {p.name for p in s.places}
        if not names:
            return None
        for d in reversed(self.drafts):
            if s.i - d.sentence > 15:
                return None
            if d.kind in VIOLENT and d.casualties and names & set(d.places):
                return d
        return None

    def _untolled_at(self, s: _Sentence) -> Draft | None:
        """The violent happening told with no toll in the last 8 sentences at a town or site
        this sentence names beside a word for such a happening ("strikes in the X area")."""
        names = {p.name for p in s.places if p.precision not in BROAD_PRECISIONS}
        if not names or not _NAMES_VIOLENCE.search(self.text, s.sent.start, s.sent.end):
            return None
        for d in reversed(self.drafts):
            if s.i - d.sentence > 8:
                return None
            if d.kind in VIOLENT and not d.other and names & set(d.places):
                return None if d.casualties else d
        return None

    def _counted_before(self, s: _Sentence) -> Draft | None:
        """The violent happening with a toll told in the last dozen sentences (in the same
        live-blog entry), if any."""
        return next((d for d in reversed(self.drafts) if s.i - d.sentence <= 12
                     and d.kind in VIOLENT and d.casualties and d.date is not None
                     and not d.other and d.entry == self.entry), None)

    def _same_day_telling(self, s: _Sentence, toll_dates: list[DateMention]) -> bool:
        """Is a dated toll with no place of its own another count of the happening just told,
        on its very day?"""
        text, sent = self.text, s.sent
        target = main_told(self.drafts, s.i, sent.paragraph)
        day = target.date
        if not toll_dates or day is None or day.precision != "day" or not target.casualties \
                or target.kind not in VIOLENT or ANOTHER.search(text, sent.start, sent.end):
            return False
        return all(d.iso == day.iso for d in toll_dates) and not any(
            p.key not in target.keys and p.precision not in BROAD_PRECISIONS and not p.locator
            for p in s.places)

    def _toll_left(self, s: _Sentence, made: list[Draft]) -> None:
        """A toll no clause of the sentence took: the happening it tells of, told before or
        after it in the sentence, or just before; else a happening of its own."""
        text, sent, drafts = self.text, s.sent, self.drafts
        orphans = [c for c in s.casualties if id(c) not in s.claimed]
        if not orphans or CUMULATIVE.search(text, sent.start, sent.end) or \
                TIMES_TALLY.search(text, sent.start, orphans[0].start) or \
                DAY_TALLY.search(text, sent.start, orphans[0].start) or \
                _THOSE_ATTACKS.search(text, orphans[0].end, sent.end) or \
                restates_tally(text, sent.start, orphans) or self._tally_goes_on(s) or \
                many_counted(text, sent.start, orphans[0].start) or \
                _COUNTED_OVER.search(text, sent.start, orphans[0].start):
            # "more than 300 have been killed since mid-December", "eight were wounded in
            # those attacks": a running tally, no one happening's toll
            return
        if made and made[0].kind in VIOLENT and orphans[-1].end <= made[0].start and not any(
                orphans[-1].end <= d.start < made[0].start for d in s.dates):
            # "Three soldiers were killed and 40 wounded in a drone attack on ...": the toll
            # told before the attack it belongs to
            made[0].casualties = merge_tolls(made[0].casualties, orphans)
            return
        # "Three soldiers were killed." just after the attack, even as a paragraph of its own
        follows = bool(drafts) and (drafts[-1].paragraph == sent.paragraph or (
            last_told(drafts, s.i, self.entry) is not None and not self._led_elsewhere(s)))
        # "one of the wounded has died, raising the toll to three", said days later: news of
        # the main happening told before, whatever day the news is dated
        update = updated(drafts, s.i, all(c.from_wounded for c in orphans)) if any(
            c.is_total or c.from_wounded for c in orphans) else None
        if update is None and any(c.rise for c in orphans):
            # "the number of injured has risen to six", asked about far down a briefing's Q&A:
            # a rise is news of a toll told before; the one tolled happening of that kind
            update = self._only_tolled({c.kind for c in orphans})
        ours = _OUR_KILL.search(text, sent.start, orphans[0].start) is not None
        # "On Monday, officials said nine had been wounded": when it was said, not a new event
        last_day = drafts[-1].date if drafts else None
        toll_dates = [d for d in s.dates if not (
            (SAID_AFTER.match(text, d.end, sent.end) or TELLER_SAID.match(
                text, d.end, sent.end)) and not NAMES_MONTH.search(d.text)
            and last_day is not None and last_day.precision == "day" and d.precision == "day"
            and last_day.iso <= d.iso) and not _CARED_FOR.search(
                text, max(sent.start, d.start - 60), d.start) and not (
                _LATER_DAY.search(d.text) and
                _LEARNED.search(text, d.end, sent.end) is not None) and not
                _NAMES_TELLING.match(text, d.end)]
        if not ours and self._toll_of_period(s, orphans):
            return  # "During the war in June 2025, missiles killed 28": that month's toll
        if not follows and not ours and not toll_dates and \
                (first := self._first_count_revised(s)) is not None:
            # "Initial reports spoke of no casualties. However, a source later said two
            # soldiers were wounded": the story's happening, its first count revised
            kinds = {c.kind for c in orphans}
            first.casualties = [c for c in first.casualties if c.kind not in kinds] + orphans
            first.told_again(s.i)
            return
        if follows and not ours and (lede := self._whole_toll(s, orphans, toll_dates)):
            # "MDA later said four had been killed and 63 wounded", after the toll of each
            # site: the count of the whole happening the story opened with
            lede.casualties = fuller_toll(lede.casualties, orphans)
            lede.told_again(s.i)
            return
        if follows and not toll_dates and not ours and self._added_elsewhere(s, orphans):
            return  # "A further 16 were wounded in central Israel": that place's own toll
        if follows and not ours and EARLIER_TELLING.search(text, sent.start, sent.end) and \
                not ANOTHER.search(text, sent.start, sent.end):
            # "An earlier statement on Sunday had put the toll at 12": the same dead counted
            # before; the fuller count stands, whatever day it was given
            target = main_told(drafts, s.i, sent.paragraph)
            if MEDICAL_SOURCE.search(text, sent.start, sent.end):  # the day's whole count
                target = day_main(drafts, s.i, target, sent.paragraph)
            # (a group's count revised in the sentence itself stays that group's new count)
            target.casualties = fuller_toll(target.casualties, [
                c if c.party_total else replace(c, total=False) for c in orphans])
            target.told_again(s.i)
            hurt_where_it_fell(text, self.doc.sentences, s.i, self.places_by, target)
        elif update is not None and not ours:
            update.casualties = merge_tolls(update.casualties, orphans)
            update.told_again(s.i)
        elif follows and not toll_dates and not ours and self._tolls_by_place(s, orphans):
            return  # a list of tolls place by place: each drafted at its place
        elif follows and not toll_dates and not ours and \
                not ANOTHER.search(text, sent.start, sent.end):
            # "Two dock workers were killed", "the toll rose to 9": more about that strike;
            # "State media gave a lower toll, saying nine were killed": the same dead again
            target = main_told(drafts, s.i, sent.paragraph)
            if MEDICAL_SOURCE.search(text, sent.start, sent.end):
                target = day_main(drafts, s.i, target, sent.paragraph)
            if (opened := self._separate_before(s)) is not None:
                target = opened
            # "In a statement on Monday, the army said four had been killed": a count given
            # on a later day by a source of its own, set against the first, never added to it
            # ("On Tuesday morning, a second source said two had been wounded": the day it
            # was said, at the head of the sentence)
            later = (bool(self.dates.said.get(s.i)) or bool(LATER_TELLING.match(
                text, sent.start, sent.end)) or bool(LATER_SAID.search(
                    text, sent.start, sent.end)) or any(
                    d.start - sent.start <= 3 and (SAID_AFTER.match(text, d.end, sent.end) or
                                                   TELLER_SAID.match(text, d.end, sent.end))
                    for d in s.dates)) and not _ALSO.search(text, sent.start, sent.end)
            told = fuller_toll if later or ANOTHER_TELLING.search(text, sent.start, sent.end) \
                else merge_tolls
            target.casualties = told(target.casualties, orphans)
            target.told_again(s.i)  # the toll may go on in the next sentence
            hurt_where_it_fell(text, self.doc.sentences, s.i, self.places_by, target)
        elif not ours and MEDICAL_SOURCE.search(text, sent.start, sent.end) and \
                all(d.implicit for d in toll_dates) and \
                not ANOTHER.search(text, sent.start, sent.end) and \
                (counted := self._counted_before(s)) is not None:
            # "The Red Crescent said it recovered two bodies overnight", paragraphs after the
            # clashes and their toll: a medical body's count of those dead, never more of them
            counted.casualties = fuller_toll(counted.casualties, orphans)
            counted.told_again(s.i)
        elif follows and not ours and self._same_day_telling(s, toll_dates):
            # "Initial reports on Thursday night put it at three dead": the day's toll told
            # again, as counted at another hour; the fuller count stands
            target = main_told(drafts, s.i, sent.paragraph)
            target.casualties = fuller_toll(target.casualties, orphans)
            target.told_again(s.i)
        elif not ours and not s.absolute and all(c.added for c in orphans) and \
                (target := self._tolled_at(s)) is not None:
            # "A local official in X said 11 civilians had also been killed": more dead of
            # the happening told at that place, not a happening of its own
            target.casualties = merge_tolls(target.casualties, orphans)
            target.told_again(s.i)
        else:
            if not drafts and not ours and not s.absolute and all(c.is_total for c in orphans):
                self.early_totals += orphans  # settled once the happening is told
                return
            if not ours and not s.absolute and not any(
                    p.precision not in BROAD_PRECISIONS for p in s.places) and \
                    _IN_THE_ATTACK.match(text, orphans[-1].end, sent.end) and (
                    target := self._attack_told(s)):
                # "three U.S. troops were also wounded in the attack", paragraphs on, with no
                # place or day of its own: the happening told, its toll told in full
                target.casualties = fuller_toll(target.casualties, orphans)
                target.told_again(s.i)
                return
            if not ours and not s.absolute and (target := self._untolled_at(s)) is not None:
                # "there are reports of strikes near X" asked, then "reports of strikes in the
                # X area, including reports that six were killed": the toll of the strikes at X
                target.casualties = merge_tolls(target.casualties, orphans)
                target.told_again(s.i)
                return
            when = s.absolute[0] if s.absolute else (s.dates[0] if s.dates else self.context)
            if when is None and ANOTHER_OF_KIND.match(text, sent.start, orphans[0].start):
                when = sibling_day(drafts, s.i)  # "another raid ..., wherein three were killed"
            if when is None and not ours and (target := self._untolled_before(s)) is not None:
                # "The vessel was struck ... The master reported: 'One crew injured.'": the
                # first toll of the happening told a few sentences before, with no day or
                # place of its own
                target.casualties = merge_tolls(target.casualties, orphans)
                target.told_again(s.i)
                return
            dateline = DATELINE_LEAD.match(text, sent.start, sent.end)  # where it was filed
            at = distinct([p for p in s.places if not p.locator and not is_attacker(
                text, p.start, p.end) and not (dateline and p.start < dateline.end())
                and not treated_at(text, sent.start, p)])[:3]
            if not at and not ours and not s.absolute and (
                    target := self._also_of_last(s)) is not None:
                # "- One guard was also wounded and taken to X hospital", a bullet after the
                # attack: more hurt in that attack, not one of their own with no place
                target.casualties = merge_tolls(target.casualties, orphans)
                target.told_again(s.i)
                return
            # "hurt when a Bradley slid off an icy road": an accident, not an attack
            kind = "strike" if ours else "other" if ACCIDENT.search(
                text, sent.start, sent.end) else "attack"
            drafts.append(Draft(kind, sent.start, sent.end, when,
                                [p.name for p in at],
                                list(dict.fromkeys(w.name for w in s.systems)), orphans,
                                summary(text, sent.start, sent.end), sent.paragraph, s.i))
            drafts[-1].locate(at)
            drafts[-1].entry = self.entry


# "Hajin (Abu Kamal district): In the afternoon ...": a paragraph led by the place it tells of
_PLACE_LEAD = re.compile(r"([A-Z][^\n:()]{1,40}?)\s*(?:\([^\n()]{1,40}\)\s*)?:\s")
# "... said on 5 January that": the statement's day, then what it told
_SAID_THAT = re.compile(r"\s*(?:,\s*)?(?:that|it\s+had|they\s+had)\b")
# "six attacks in five months, one killed and eleven wounded": happenings counted over a span,
# their toll summed (a few of them too, which many_counted leaves as maybe one raid)
_COUNTED_OVER = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                           r"\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|incidents)\s+(?:in|over|"
                           r"within)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|a|two|three|four|five|six|"
                           r"seven|eight|nine|ten|eleven|twelve|several)\s+(?:days|weeks|months|"
                           r"years|week|month|year)\b", re.I)
_NAMES_VIOLENCE = re.compile(r"\b(?:(?:air\s?)?strikes?|airstrikes?|attacks?|raids?|shelling|"
                             r"bombings?|bombardment)\b", re.I)
# "The fourth drone ...", "The last rocket ...": one weapon of a salvo told before, by its order
_THE_NTH = re.compile(r"\s*[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|last|final)\s+"
                      r"(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?|rockets?|projectiles?|"
                      r"shells?|mortars?)\b")
# "The strike came three days after ...": how long before the happening just told the one
# recalled after it happened
_CAME_BEFORE = re.compile(r"\bcame\s+(?:just\s+|only\s+)?(?P<n>\d{1,2}|an?|one|two|three|four|five|"
                          r"six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|hours?)\s+$", re.I)
_THOSE_ATTACKS = re.compile(r"\b(?:in|during|by|from)\s+(?:all\s+(?:of\s+)?)?(?:those|these|"
                            r"such)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|incidents|"
                            r"assaults)\b", re.I)


# "the drone struck", "the strike hit": the happening just told, told again
_THE_WEAPON_HIT = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:drones?|strikes?|attacks?|missiles?|"
                             r"rockets?|shells?|bomb|raid|blast|explosion)\s+(?:had\s+)?"
                             r"(?:struck|hit|landed|exploded|targeted)\b")
# "in central Israel", "in northern Gaza": a part of a country or region, a place of its own
_PART_OF = re.compile(r"\b(?:central|northern|southern|eastern|western|north-?\w*|south-?\w*)"
                      r"\s+$", re.I)
_INDEFINITE_AFTER = re.compile(r"(?:after|following)\s+an?\s", re.I)
# "..., and four soldiers were treated after a rocket attack": the toll's own part, then its cause
_THEN_AFTER = re.compile(r"\s(?:after|following|when)\s+$")
_OPENS_PART = re.compile(r"(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)$")
_AFTER_MIDNIGHT = re.compile(
    r"\b(?:(?:shortly|just|soon|hours|an\s+hour)\s+)?after\s+midnight\b", re.I)
_LATE = re.compile(r"\b(?:late|night|evening)\b", re.I)


_PERFECT_HURT = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?been\s+(?:\w+ly\s+)?(?:killed|"
                           r"wounded|injured|hurt)\b")
_CAUSE = re.compile(r"\b(?:after|following|when|because|since)\b")




def _sentence_bounds(doc: Document, pos: int) -> tuple[int, int]:
    sent = doc.sentence_at(pos)
    return (sent.start, sent.end) if sent is not None else (pos, pos)


def _paragraph_of(doc: Document, pos: int) -> int:
    i = doc.sentence_index(pos)
    return doc.sentences[i].paragraph if 0 <= i < len(doc.sentences) else -1
