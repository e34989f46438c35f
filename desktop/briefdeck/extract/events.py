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

The reader is split by idea: what it remembers of what was told (event_memory.py), the clause
loop (event_clauses.py), days a clause takes from its telling (event_told_days.py), and tolls
told apart from their happening (event_tolls_left.py, event_toll_targets.py); this module reads
each sentence through them and assembles the events.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.casualties import ANY_TOLL
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_advisory import advised_event
from briefdeck.extract.event_anchored import (
    dated_by_named_attack,
    hours_from_named_day,
    lede_dated_by_recall,
    redate_anchored,
)
from briefdeck.extract.event_answer_keys import answer_key_drafts
from briefdeck.extract.event_bullets import unglue_bullets
from briefdeck.extract.event_care_rows import carried_away
from briefdeck.extract.event_ceremony_place import ceremony_place
from briefdeck.extract.event_clauses import ClauseReading
from briefdeck.extract.event_csv_rows import csv_rows
from briefdeck.extract.event_dates import TOOK_PLACE, opens_line, resolve_offsets
from briefdeck.extract.event_diary_entries import diary_counts
from briefdeck.extract.event_dispatch_reports import dispatch_events
from briefdeck.extract.event_draft import Draft, inside_span, summary
from briefdeck.extract.event_ellipsis import elided_happenings
from briefdeck.extract.event_feed_updates import fold_feed_updates
from briefdeck.extract.event_filters import BACKGROUND
from briefdeck.extract.event_first_of_series import first_of_series
from briefdeck.extract.event_first_reports_told import drop_first_counts
from briefdeck.extract.event_followups import VIOLENT, date_told
from briefdeck.extract.event_form_incident import form_incident
from briefdeck.extract.event_form_place import form_place
from briefdeck.extract.event_glosses import carried
from briefdeck.extract.event_incident_lines import line_place, untold_incidents
from briefdeck.extract.event_injured_outcomes import fold_injured_outcomes
from briefdeck.extract.event_items import item_at
from briefdeck.extract.event_later_tolls import fold_later_tolls, later_tolls_entries
from briefdeck.extract.event_listed_days import listed_days
from briefdeck.extract.event_live_entries import fold_entry_tolls
from briefdeck.extract.event_lost_defences import lost_defences
from briefdeck.extract.event_merge import finish
from briefdeck.extract.event_named_day import named_happening_day
from briefdeck.extract.event_offered_today import offered_today
from briefdeck.extract.event_pipe_rows import pipe_rows
from briefdeck.extract.event_posture_kept import posture_kept
from briefdeck.extract.event_radio_logs import radio_log_events
from briefdeck.extract.event_reacted import fold_reacted
from briefdeck.extract.event_recalled_dated import recalled_dated
from briefdeck.extract.event_record_attack_days import moves_dated_by_attacks
from briefdeck.extract.event_record_blotter_entries import blotter_events
from briefdeck.extract.event_record_dated_asides import dated_asides
from briefdeck.extract.event_record_letter_opening import letter_opening_day
from briefdeck.extract.event_record_that_date import on_that_date
from briefdeck.extract.event_reprisals import reprisals_undated
from briefdeck.extract.event_revised_tolls import fold_revised_tolls
from briefdeck.extract.event_row_tolls import fold_row_tolls
from briefdeck.extract.event_said_tolls import fold_said_tolls
from briefdeck.extract.event_scenes import noted_incident, scene_place
from briefdeck.extract.event_site_tolls import split_site_tolls
from briefdeck.extract.event_sites import site_names
from briefdeck.extract.event_slide_notes import slide_note_events
from briefdeck.extract.event_story_answers import answers_undated
from briefdeck.extract.event_story_first_word import first_word_told
from briefdeck.extract.event_story_responses import answered_happenings
from briefdeck.extract.event_story_whenever import habitual
from briefdeck.extract.event_story_wounded_in import cause_undated
from briefdeck.extract.event_subject_clauses import subject_clauses
from briefdeck.extract.event_table import (
    DUPLICATE_ROW,
    fold_into_rows,
    quiet_marks,
    rejoin_rows,
    rejoin_stacked,
)
from briefdeck.extract.event_teletext_pages import page_stories
from briefdeck.extract.event_titled import dated_by_title
from briefdeck.extract.event_toll_as_of import fold_tolls_as_of
from briefdeck.extract.event_tolls_left import TollsLeft
from briefdeck.extract.event_triggers import TRIGGER_RE, clauses
from briefdeck.extract.event_undated_tolls import fold_undated_tolls
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document, Sentence, build_document
from briefdeck.extract.stamped_entries import entry_at
from briefdeck.extract.systems import SystemMention
from briefdeck.extract.toll_alternatives import preferred_toll
from briefdeck.extract.toll_said_later import fold_said_later
from briefdeck.model import Event

# "about 50 miles east of Amman": a town that only tells where the base lies
_BEARING_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
                         r"(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)
# an interviewer's turn: "Sofia Nandan: Walk me through ...", "Q: ...", "Q. ..."
_QUESTION_TURN = re.compile(r"(?:Q[.:]|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}:)\s+\S")


def draft_events(doc: Document, dates: list[DateMention], places: list[PlaceMention],
                 systems: list[SystemMention], pub: date) -> list[Event]:
    if "|" in doc.text and (piped := pipe_rows(doc.text)) is not None:
        doc = build_document(piped, doc.skipped)  # a pipe table's rows as tab-separated cells
    if (csv := csv_rows(doc.text)) is not None:  # a CSV table's rows as tab-separated cells
        doc = build_document(csv[0], [*doc.skipped, *csv[1]])  # (each row a line of its own)
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
    if "\t" in doc.text and "?" in doc.text and (quiet := quiet_marks(doc.text)) is not None:
        doc = build_document(quiet, doc.skipped)  # an unknown cell ends no sentence
    if (unglued := unglue_bullets(doc.text)) is not None:
        doc = build_document(unglued, doc.skipped)
    reader = _Reader(doc, dates, places, systems, pub)
    for i, sent in enumerate(doc.sentences):
        reader.read(i, sent)
    reader.settle_early_totals()
    answers_undated(doc, reader.drafts)  # "The army answered with strikes.": not that day's
    reprisals_undated(doc, reader.drafts)  # "That attack prompted strikes.": later
    if "ever" in doc.text or " time" in doc.text:  # "whenever a camp comes under fire"
        reader.drafts = [d for d in reader.drafts if not habitual(doc.text, d)]
    if "in re" in doc.text:  # "in response to a strike on Friday ..., which killed two"
        reader.drafts += answered_happenings(doc, reader.dates.happened, reader.places_by,
                                             reader.drafts, reader.pub_iso)
    for d in reader.drafts:
        if len(d.tellers) > 1:  # sources' counts told apart: the one the note goes by
            stop = doc.text.find("\n\n", d.tellers_end)
            stop = min(d.tellers_end + 400, len(doc.text) if stop < 0 else stop)
            if (chosen := preferred_toll(doc.text, d.tellers_end, stop, d.tellers)) is not None:
                d.casualties = chosen
    if reader.headed:
        reader.drafts = untold_incidents(doc, reader.entries, reader.drafts, reader.headed)
    if "ocation" in doc.text:  # an incident form's "Location:" field
        form_place(doc.text, reader.drafts, places)
    if "WHEN:" in doc.text or "When:" in doc.text:  # a media advisory's WHAT/WHEN/WHERE
        reader.drafts = advised_event(doc, reader.drafts, dates, places, pub)
    if " did" in doc.text:  # "... it would deploy. In February we did."
        reader.drafts = elided_happenings(doc, reader.drafts, dates)
    if "the first" in doc.text or "the previous" in doc.text or "the earlier" in doc.text:
        reader.drafts = first_of_series(doc, reader.drafts, dates, places)
    reader.drafts = lost_defences(doc, reader.drafts, dates, places)  # "the site had lost its"
    if "Ceremon" in doc.text[:600]:  # a speech's header naming the occasion and its place
        ceremony_place(doc.text, reader.drafts, places, pub.isoformat())
    dated_by_title(doc.text, reader.drafts, dates, places, VIOLENT)
    dated_by_named_attack(doc.text, reader.drafts, VIOLENT)
    lede_dated_by_recall(doc.text, reader.drafts, VIOLENT)
    if "that date" in doc.text or "that day" in doc.text:  # "On that date two drones ..."
        on_that_date(doc.text, reader.drafts, dates)
    if "Dear" in doc.text:  # a letter's opening: "explosions ... last night", told again after
        letter_opening_day(doc.text, reader.drafts, dates)
    if "ours before the" in doc.text or "ours after the" in doc.text:
        hours_from_named_day(doc.text, reader.drafts, {
            d.start: d for d in dates}, VIOLENT)
    reader.drafts = fold_reacted(doc.text, reader.drafts, reader.dates.filed.values())
    reader.drafts = fold_said_tolls(reader.drafts, reader.dates.said)
    reader.drafts = fold_said_later(doc.text, doc.sentences, reader.drafts)  # a later count
    reader.drafts = fold_undated_tolls(doc.text, reader.drafts)
    reader.drafts = fold_feed_updates(doc.text, reader.drafts)  # a caption feed's updates
    reader.drafts = fold_row_tolls(doc.text, reader.drafts)  # a chronology's toll-only rows
    fold_injured_outcomes(doc.text, reader.drafts)  # "one had died, two being treated"
    drop_first_counts(doc.text, reader.drafts)  # "; the first reports counted two"
    if reader.entries:
        entries = reader.entries
        reader.drafts = fold_entry_tolls(reader.drafts, {
            n for n, e in enumerate(entries) if e.filed and n not in reader.headed},
            frozenset(n for n in range(1, len(entries)) if doc.text[  # a chat's answers
                entries[n - 1].start:entries[n - 1].end].rstrip().endswith("?")))
        reader.drafts = fold_revised_tolls(doc.text, doc.sentences, reader.drafts,
                                           [e.day.iso for e in entries])
        reader.drafts = fold_later_tolls(reader.drafts, later_tolls_entries(entries, reader.headed))
    reader.drafts = page_stories(doc, reader.drafts)  # teletext: a toll belongs to its page
    reader.drafts += posture_kept(doc, reader.drafts, reader.dates.said)  # "no change to ..."
    if reader.drafts and any(len(d.sites) >= 2 for d in reader.drafts):
        reader.drafts = split_site_tolls(doc.text, doc.sentences, reader.drafts)
    if "offering" in doc.text:  # "is offering a reward": the news of the day
        offered_today(doc.text, reader.drafts, pub)
    drafts = fold_into_rows(doc.text, reader.drafts) if reader.table else reader.drafts
    dated = resolve_offsets(drafts, reader.dates.said_days)
    if "nswer" in doc.text:  # a quiz's answer key: its halves of the questions' happenings
        dated = answer_key_drafts(doc.text, dated, dates)
    events = finish(dated, pub)
    events = form_incident(doc.text, events, places)  # a form's or duty log's fields
    if "PERIOD" in doc.text and (logged := radio_log_events(doc, places, events)) is not None:
        events = logged  # a radio-net log's rows (event_radio_logs.py)
    events = dispatch_events(doc.text, places, events) or events  # a CAD report's header
    if " | " in doc.text:  # a blotter's entries "2341 | HOSTILE ACT | ...": one attack each
        events = blotter_events(doc.text, places, events) or events
    if "ttack" in doc.text:  # "following the withdrawal ..., damaged in the attack of 2 May"
        events = moves_dated_by_attacks(doc.text, events)
    if "no casualties)" in doc.text or "no injuries)" in doc.text:  # "(2 rockets, no casualties)"
        events = dated_asides(doc.text, dates, events)
    if "s of " in doc.text:  # "As of 1800 on 23 November the toll is ...": a count's day
        events = fold_tolls_as_of(doc.text, events)
    if reader.entries and "\n" in doc.text:  # a diary's later entries: its attack's count
        events = diary_counts(doc.text, events, pub)
    if "Slide " in doc.text:  # a deck's bullets and speaker notes: each happening once
        events = slide_note_events(doc.text, events, places, pub)
    for e in events:
        if e.place:
            e.place = site_names(doc.text, e.place)  # each site named once, initials spelled out
    return events


class _Reader(ClauseReading, TollsLeft):
    """Reads a document sentence by sentence, keeping what the next sentences may refer to."""

    item = -1  # the lettered or numbered item being read (event_items.py), if any

    def read(self, i: int, sent: Sentence) -> None:
        text = self.text
        if sent.paragraph != self.paragraph:
            # a dateline's day, or the stamp's of the live-blog entry the paragraph is in
            self.entry = entry_at(self.entries, sent.start)
            stamp_end = text.find("\n", sent.start, sent.end)
            if self.entry < 0 and self.entries and stamp_end >= 0:  # "dana.kovac 7:12 AM\n
                # morning all.": a chat message read as one sentence with its sender's stamp
                self.entry = entry_at(self.entries, stamp_end + 1)
            self.paragraph = sent.paragraph
            self.item = item_at(text, sent.start)
            self.context = self.dates.filed.get(sent.paragraph) or (
                self.entries[self.entry].day if self.entry >= 0 else None) or \
                self._asked_day(i)
            self.named_last = self.context
        scopes = clauses(text, sent) or subject_clauses(text, sent)  # (told by its subject)
        places = inside_span(self.places_by.get(i, []), sent.start, sent.end)
        row_toll, row_place = self.table.get(sent.start, (None, "")) if self.table else (
            None, "")
        if row_toll is not None and DUPLICATE_ROW.search(text, sent.start, sent.end):
            return  # a row marked as another row again: no incident of its own
        if row_toll is None and not scopes and i not in self.dates.happened and \
                i not in self.dates.said and not ANY_TOLL.search(text, sent.start, sent.end):
            # no action word, date or toll (most sentences): only a base named here matters
            if not BACKGROUND.search(text, sent.start, sent.end):
                self._remember_base(places)
                self._remember_last(i, places)
            return
        s = self._sentence(i, sent, places)
        if not scopes and not s.casualties and any(d.precision == "day" for d in s.dates) and \
                (scene := scene_place(text, sent.start, sent.end, s.places)) is not None:
            self.told.scene = (scene, self.paragraph)  # "Sunday night at Erbil."
        row = bool(s.dates) and s.dates[0].start - sent.start <= 2 and \
            opens_line(text, sent.start)
        if row_toll is not None and s.dates:
            # an incident table's row: one incident, its toll in the killed/injured columns,
            # its day the date cell's (a day in its notes, "see alert 27 Nov", dates nothing)
            s.casualties = row_toll
            s.dates = s.dates[:1]
            s.absolute = [d for d in s.absolute if d is s.dates[0]] or s.absolute[:1]
            scopes = [(scopes[0][0], sent.start, scopes[0][2], sent.end) if scopes else
                      ("other", sent.start, s.dates[0].end, sent.end)]
        elif not scopes and s.systems and row and not carried_away(text, sent.start, sent.end):
            # a table row or timeline entry with no verb: "3 Aug  MSS Conoco, Syria  2 UAS"
            # (not "25 Nov 0410 The injured flown off by helicopter": care, no attack)
            scopes = [("attack", sent.start, s.dates[0].end, sent.end)]
        elif not scopes and s.systems and any(d.precision == "day" for d in s.dates) and (
                at := noted_incident(text, sent.start, sent.end)) is not None:
            # "Second, Saturday evening, three rockets near Victory Base.": a noted incident
            scopes = [("attack", sent.start, at, sent.end)]
        elif scopes and row and "\t" in text[sent.start:sent.end]:
            # a table row "11 MAR 25 <tab> Harim, Idlib <tab> drone strike <tab> 1 KIA": one
            # happening, its cells one clause (a comma inside a cell ends nothing)
            scopes = [(scopes[0][0], sent.start, scopes[0][2], sent.end)]
        if "after the" in text[sent.start:sent.end]:  # "On Thursday, a week after the attack"
            redate_anchored(text, s.dates, self.drafts, VIOLENT)
        n_before = len(self.drafts)
        self._clauses(s, scopes)
        if row_toll is not None:
            for d in self.drafts[n_before:]:
                d.row = tuple(c.strip().lower() for c in text[sent.start:sent.end].split("\t"))
                if row_place:  # the row's town first
                    d.places = [row_place, *(p for p in d.places if p not in row_place)][:3]
        self._statement(s)
        if n_before == len(self.drafts):
            self._decision_told(s)
        if s.background and "came" in text[sent.start:s.background[0][0]]:
            self._came_after(s)
        for d in self.drafts[n_before:]:
            d.entry = self.entry
        made = self.drafts[n_before:]
        cause_undated(text, sent, made)  # "received on Friday two who were hurt in an attack"
        if made and ";" in text[made[-1].end:sent.end]:  # "...; Conoco, Syria, on 21 Nov"
            listed = listed_days(text, made, s.dates, s.places, self.paragraph, i)
            self.drafts += listed
            made += listed
        sited = [d for d in made if len(d.sites) >= 2]
        if sited:
            self.told.listed = (sited[-1].mentions, self.paragraph)
        if made or not first_word_told(text, s, self.drafts, self.entry, [  # "The first word
                c for c in s.casualties if id(c) not in s.claimed]):  # was that two had ..."
            self._toll_left(s, made)
        if made:
            self._fold_fallout(s, made)
        told = TOOK_PLACE.search(text, sent.start, sent.end) if any(
            d.precision == "day" for d in s.dates) else None
        days = [d for d in s.dates if d.precision == "day" and told and d.start >= told.end()]
        if days:  # "The attack took place late Wednesday": when what was just told happened
            date_told(self.drafts, i, days[0], self.dates.filed.values(), [
                p for p in s.places if p.start >= told.end() and not p.locator and
                p.precision not in ("country", "province", "region") and
                not _BEARING_OF.search(text, max(told.end(), p.start - 30), p.start)])
        self._date_lead(made)
        named_happening_day(text, sent.start, sent.end, i, s.dates, s.places, self.drafts)
        if self.entry in self.headed:  # a section of a brief: its own incident
            for d in self.drafts[n_before:]:
                d.section = self.entry
                if self.entries[self.entry].lined:  # "24/11 - Tal Tamr: ...": there
                    self._at_line_place(d)
                    continue
                if not d.places and d.kind in VIOLENT and self.headed[self.entry]:
                    d.places = [p.name for p in self.headed[self.entry]]
                    d.locate(self.headed[self.entry])
        if (kept := carried(text, sent.start, sent.end, s.dates)):
            # "Hours later, rockets hit ... Most were intercepted": that day too
            self.context = kept[-1]
        named = self.dates.happened.get(i, []) + self.dates.said.get(i, [])
        self.named_last = max((d for d in carried(text, sent.start, sent.end, named)
                               if d.precision in ("day", "month")),
                              key=lambda d: d.start, default=self.named_last)
        if self.named_last is not None and self.named_last.precision == "day":
            self.day_named = self.named_last
        if s.background:  # "since the strike on X in January 2024, which killed three"
            recalled = recalled_dated(text, s, self.dates.happened.get(i, []) +
                                      self.dates.said.get(i, []), places, self.drafts,
                                      self.pub_iso, self.paragraph)
            for d in recalled:
                d.entry = self.entry
            self.drafts += recalled
        self._remember_base(s.places)
        self._remember_last(i, s.places)
        for d in self.drafts[n_before:]:  # (a toll told apart too: drafted in this item)
            d.item = self.item


    def _asked_day(self, i: int) -> DateMention | None:
        """"Walk me through the night of Nov. 19." then the answer: what the answer tells
        with no day of its own happened on the day the question asked about."""
        if i == 0 or not self.text.endswith(("?", "."), 0, self.doc.sentences[i - 1].end):
            return None
        asked = [d for d in self.dates.happened.get(i - 1, []) if d.precision == "day"]
        q = self.doc.sentences[i - 1]
        if len(asked) != 1 or not _QUESTION_TURN.match(self.text, q.start, q.end) or \
                not _QUESTION_TURN.match(self.text, self.doc.sentences[i].start) or \
                TRIGGER_RE.search(self.text, q.start, q.end) or \
                ANY_TOLL.search(self.text, q.start, q.end):
            return None  # (a turn that tells a happening itself is no question about one)
        return asked[0]

    def _at_line_place(self, d: Draft) -> None:
        """An incident line's happening is at the place the line names before its colon (a
        neighbourhood its words name lies in it), told from after the colon."""
        entry = self.entries[self.entry]
        place, mentions = line_place(self.text, entry, self.headed[self.entry])
        if place:
            d.places = [place, *(p for p in d.places if p != place)][:3]
            d.locate(mentions)
        if d.start < entry.head[1]:
            d.summary = summary(self.text, entry.head[1], d.end)
