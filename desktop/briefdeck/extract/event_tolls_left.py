"""Tolls no clause took: joined to the happening they count, or drafted on their own.

"Three soldiers were killed." after an attack, "the toll rose to 9", "an earlier statement had
put it at 12": a toll told apart from its happening's action word goes to the happening it
counts (event_toll_targets.py finds which), as a fuller count or an added one. A running tally
("more than 300 since December") counts no one happening and is dropped; a toll with nowhere
to go is a happening of its own. A new total told before any happening waits for the first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_attack_retold import names_the_attack
from briefdeck.extract.event_dates import DATELINE_LEAD, NAMES_MONTH, SAID_AFTER, TELLER_SAID
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, distinct, summary, trim
from briefdeck.extract.event_filters import (
    ANOTHER,
    CUMULATIVE,
    DAY_TALLY,
    TIMES_TALLY,
    many_counted,
)
from briefdeck.extract.event_followups import (
    MEDICAL_SOURCE,
    VIOLENT,
    day_main,
    last_told,
    main_told,
    restates_tally,
    updated,
)
from briefdeck.extract.event_memory import SentenceRead
from briefdeck.extract.event_party_told import restated_by_party
from briefdeck.extract.event_places import THERE, hurt_where_it_fell, treated_at
from briefdeck.extract.event_recalled import tolled_recently
from briefdeck.extract.event_row_notes import row_note_toll
from briefdeck.extract.event_said_since import day_told_last, said_since
from briefdeck.extract.event_siblings import ANOTHER_OF_KIND, sibling_day
from briefdeck.extract.event_toll_targets import TollTargets
from briefdeck.extract.event_update_day import update_of_day
from briefdeck.extract.numbers import word_value
from briefdeck.extract.place_roles import is_attacker
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import inside
from briefdeck.extract.toll_alternatives import alternative_of, count_teller
from briefdeck.extract.toll_lede_fuller import kinds_given
from briefdeck.extract.toll_of_several import COUNTED_OVER, THOSE_ATTACKS
from briefdeck.extract.toll_ordinals import fit_ordinals
from briefdeck.extract.toll_rises import below_the_rise
from briefdeck.extract.toll_updates import (
    ANOTHER_TELLING,
    EARLIER_TELLING,
    LATER_SAID,
    LATER_TELLING,
    fuller_toll,
    merge_tolls,
)

# "hurt when their truck overturned": an accident, not an attack (not "crashed": a drone that
# crashed into a house is an attack)
ACCIDENT = re.compile(r"\b(?:accident(?:ally)?|collided|collision|overturned|"
                      r"rolled\s+over|slid\s+off|mishap|training\s+incident)\b", re.I)
# "An AC-130 gunship ... kills several militants": our weapon kills; a strike of its own.
_OUR_KILL = re.compile(r"\b(?:gunships?|jets?|bombers?|warplanes?|aircraft|helicopters?)\b"
                       r"(?:(?!\b(?:said|says|told|according|attack|strike)\b)[^.;]){0,50}?"
                       r"\bkill(?:s|ed)\s+$")
# "he was discharged this afternoon", "was flown to Germany on Friday": the day of the care,
# not of the harm ("two more died in surgery on Sunday": the day of the deaths)
_CARED_FOR = re.compile(r"\b(?:discharged|released\s+from\s+(?:the\s+)?hospital|flown|"
                        r"airlifted|evacuated|returned\s+to\s+duty|died\s+(?:in|during|after)\s+"
                        r"(?:surgery|hospital|(?:the\s+)?operating\s+theatre))\b[^.;,]{0,40}$",
                        re.I)
# "Two days later, officials told us that four had been diagnosed with ...": news, that day,
# of the toll of a happening told before it; the day it was learned is not the happening's
_LATER_DAY = re.compile(r"\blater$|\b(?:next|following)\s+(?:day|morning)$", re.I)
_LEARNED = re.compile(r"\b(?:told|said|says|reported|confirmed|disclosed|acknowledged|"
                      r"revealed|learned)\b[^.;]{0,80}?\bhad\s+(?:been|sustained|suffered)\b")
# "the Friday statement", "Thursday's update": the day of a telling, not of the happening
_NAMES_TELLING = re.compile(r"(?:'s|’s)?\s+(?:statement|post|update|briefing|release|report|"
                            r"bulletin|readout)s?\b")
# "the amended casualty report we filed Monday lists ...": the day a paper was filed with a
# court or office, not the day of the harm it counts
_FILED_ON = re.compile(r"\b(?:filed|submitted)\s+(?:on\s+|last\s+|this\s+)?$")
# "By this morning that went up to six": the day by which the count stood so, not the harm's
_BY_DAY = re.compile(r"\b[Bb]y\s+$")
# "the ministry's first account, given to parliament the following day, was that two were
# hurt": the day the count was given, not the day of the harm
_GIVEN_ON = re.compile(r"\b(?:account|statement|report|briefing|update|figures?|assessment)s?,?"
                       r"\s+(?:first\s+|initially\s+|later\s+)?given\s+(?:to\s+[^,.;]{1,40}?\s+)?"
                       r"(?:on\s+)?(?:the\s+)?$", re.I)
# "three more were also killed": a toll that adds to the first, not another source's count
_ALSO = re.compile(r"\b(?:also|another|more|further|additional|other)\b", re.I)
# "now three, not two", "now five, up from two": the count a correction replaces
_NOT_OLD = re.compile(r"[ \t]*,?[ \t]*(?:not|up\s+from|down\s+from|rather\s+than|"
                      r"instead\s+of)\s+([A-Za-z]+|\d{1,4})\b", re.I)
# "it was revised after two of the injured died", "raised the figure to 14 on 21 November
# after three of the wounded died": a revision and the deaths that caused it
_REVISED_AFTER = re.compile(r"\b(?:revised|raised|updated|increased|rose|risen|climbed|went\s+up)"
                            r"\s+(?:[\w-]+\s+){0,8}?after\b", re.I)
# "Running tally so far: 4 injured": a line summing the day's happenings told above it
_TALLY_LABEL = re.compile(r"\W*(?:(?:running|overall|combined|cumulative|grand|daily)\s+)?"
                          r"(?:total|tally)\s+(?:since|so\s+far|to\s+date|for\s+(?:today|the\s+day)|"
                          r"today|this\s+(?:morning|afternoon|evening|week))\b[^:\n.]{0,40}:", re.I)
# "23 service members have been wounded": the count's own verb, in the perfect
_PERFECT_AFTER = re.compile(r"\s+(?:have|has|had)\s+(?:\w+\s+)?been\s+(?:\w+ly\s+)?(?:killed|"
                            r"wounded|injured|hurt)\b")
_PERFECT_HURT = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?been\s+(?:\w+ly\s+)?(?:killed|"
                           r"wounded|injured|hurt)\b")


class TollsLeft(TollTargets):
    """Places the tolls no clause of their sentence took."""

    def _toll_left(self, s: SentenceRead, made: list[Draft]) -> None:
        """A toll no clause of the sentence took: the happening it tells of, told before or
        after it in the sentence, or just before; else a happening of its own."""
        text, sent, drafts = self.text, s.sent, self.drafts
        orphans = fit_ordinals(drafts, s.i, self._past_the_tally(s, [  # (toll_ordinals.py)
            c for c in s.casualties if id(c) not in s.claimed]))
        if not orphans or CUMULATIVE.search(text, sent.start, sent.end) or \
                ("otal" in text[sent.start:sent.start + 24] and
                 _TALLY_LABEL.match(text, sent.start, sent.end)) or \
                TIMES_TALLY.search(text, sent.start, orphans[0].start) or \
                DAY_TALLY.search(text, sent.start, sent.end) or \
                THOSE_ATTACKS.search(text, orphans[0].end, sent.end) or \
                restates_tally(text, sent.start, orphans) or \
                many_counted(text, sent.start, orphans[0].start) or \
                COUNTED_OVER.search(text, sent.start, orphans[0].start):
            # "more than 300 have been killed since mid-December", "eight were wounded in
            # those attacks": a running tally, no one happening's toll
            return
        if row_note_toll(self.doc, s.i, drafts, orphans):
            return  # "Row 7. The statement of 13 October gave three killed": that row's toll
        if not made and drafts and all(c.partitive for c in orphans) and \
                not drafts[-1].casualties and all(any(
                    sum(k.count or 0 for k in d.casualties if k.kind == c.kind) >= (c.count or 0)
                    for d in drafts[-12:-1] if d.kind in VIOLENT) for c in orphans):
            # "confirmed that one of the battalion's soldiers was wounded", after another
            # happening was told: one of a toll told already, not that happening's
            return
        if not made and (again := restated_by_party(drafts, orphans)) is not None:
            # "Reuters reported four U.S. troops wounded": a group's count told before
            again.told_again(s.i)
            return
        if made and made[0].kind in VIOLENT and orphans[-1].end <= made[0].start and not any(
                orphans[-1].end <= d.start < made[0].start for d in s.dates):
            # "Three soldiers were killed and 40 wounded in a drone attack on ...": the toll
            # told before the attack it belongs to
            if made[0].date is None and \
                    (told := self._counted_in(s, orphans, made[0])) is not None and \
                    made[0].keys <= told.keys:
                # "now says nine were killed in the Hodeidah and Kamaran strikes": the strikes
                # told before at the place it names, counted again; no happening of its own
                # ("six were killed in the strikes", drafted apart from them: their toll, the
                # first count of the same dead)
                for apart in drafts:
                    if apart.sentence > told.sentence and apart.kind == told.kind and \
                            apart.casualties and not apart.keys and apart.date is not None \
                            and told.date is not None and apart.date.iso == told.date.iso:
                        told.casualties = fuller_toll(told.casualties, apart.casualties)
                        apart.casualties = []
                told.casualties = fuller_toll(told.casualties, orphans)
                told.told_again(s.i)
                drafts.remove(made[0])
                return
            made[0].casualties = merge_tolls(made[0].casualties, orphans)
            return
        # "Three soldiers were killed." just after the attack, even as a paragraph of its own
        follows = bool(drafts) and (drafts[-1].paragraph == sent.paragraph or (
            last_told(drafts, s.i, self.entry) is not None and not self._led_elsewhere(s)))
        # "one of the wounded has died, raising the toll to three", said days later: news of
        # the main happening told before, whatever day the news is dated
        update = updated(drafts, s.i, all(c.from_wounded for c in orphans), sent.start) if any(
            c.is_total or c.from_wounded for c in orphans) else None
        if update is None and any(c.rise for c in orphans):
            # "the number of injured has risen to six", asked about far down a briefing's Q&A:
            # a rise is news of a toll told before; the one tolled happening of that kind
            update = self._only_tolled({c.kind for c in orphans})
        if (at := self._update_on(s)) is not None:
            # "update on tal tamr: now 1 killed 4 wounded": that happening's toll as now known
            # (the place named beats the last happening tolled, which may be another place's)
            update, orphans = at, [replace(c, total=True) for c in orphans]
        risen = any(c.rise for c in orphans)
        named_at = None
        if (update is not None or risen) and \
                (at := self._risen_at(s, scene_only=not risen)) is not None:
            # a rise or a revised toll told of a place ("UPDATE on X: now says two killed"):
            # the happening there, not the last told
            update = named_at = at
        elif update is not None and self._told_elsewhere(s, update):
            # "the man wounded in Kiryat Shmona this morning has died", after strikes told on
            # Khiam: a toll of the town it names, not of the last happening tolled
            update = None
        if update is not None and named_at is None and (
                below := below_the_rise(drafts, s.i, update, orphans)) is not None:
            # "raising the crew toll to three dead", after strikes that killed nine: a rise
            # never lowers a count, so it is news of the happening it can raise
            update = below
        ours = _OUR_KILL.search(text, sent.start, orphans[0].start) is not None
        # "On Monday, officials said nine had been wounded": when it was said, not a new event
        last_day = day_told_last(drafts)  # (an undated one's: the attack it goes on about)
        toll_dates = [d for d in s.dates if not (
            (SAID_AFTER.match(text, d.end, sent.end) or TELLER_SAID.match(
                text, d.end, sent.end)) and not NAMES_MONTH.search(d.text)
            and said_since(last_day, d)) and not _CARED_FOR.search(
                text, max(sent.start, d.start - 60), d.start) and not (
                _LATER_DAY.search(d.text) and
                _LEARNED.search(text, d.end, sent.end) is not None) and not
                _NAMES_TELLING.match(text, d.end) and not \
                _FILED_ON.search(text, max(sent.start, d.start - 30), d.start) and not \
                _BY_DAY.search(text, max(sent.start, d.start - 4), d.start) and not (
                "iven" in text[max(sent.start, d.start - 90):d.start] and _GIVEN_ON.search(
                    text, max(sent.start, d.start - 90), d.start))]
        if update is not None and named_at is None and toll_dates:
            # "the total for Thursday night is now ...": that night's happening, not the
            # last one tolled (a reprisal told since, with its own dead)
            update = update_of_day(text, drafts, update, toll_dates)
        if not ours and not s.absolute and all(c.added for c in orphans) and not any(
                p.precision not in BROAD_PRECISIONS for p in s.places) and \
                inside(self.doc.quoted, orphans[0].start) and \
                (target := tolled_recently(drafts, s.i, self.entry, 8)) is not None:
            # a medic quoted on the scene: "We treated a man ... Two more people were
            # treated": "more" than the quote's own count, the hurt told before told again
            target.casualties = fuller_toll(target.casualties, orphans)
            target.told_again(s.i)
            return
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
            # before; the fuller count stands, whatever day it was given ("put the Bajil
            # toll at 11": of the happening at the place it names, not the last told)
            target = named_at or main_told(drafts, s.i, sent.paragraph)
            if named_at is None and MEDICAL_SOURCE.search(text, sent.start, sent.end):
                target = day_main(drafts, s.i, target, sent.paragraph)  # the day's whole count
            # (a group's count revised in the sentence itself stays that group's new count)
            # ("... at seven; it was revised after two of the injured died": the deaths that
            # made the revision, counted in the newer toll already)
            why = _REVISED_AFTER.search(text, sent.start, sent.end) if "after" in \
                text[sent.start:sent.end] else None
            told = {k: sum(c.count or 0 for c in target.casualties if c.kind == k)
                    for k in ("killed", "wounded")}
            # ("first reports said three injured", after "one was killed and two injured": the
            # same people, one of them since found dead; the newer split stands)
            # (a first count of dead as well is a different split: "had one dead and one hurt")
            same = told["killed"] and not any(c.kind == "killed" and c.count for c in orphans)
            first = [c for c in orphans if not (
                same and c.kind == "wounded" and c.count == sum(told.values())
                and not (c.is_total or c.party_total))]
            # (a first count of a kind the story already gives exactly was superseded by it:
            # "police first recorded two wounded" after "wounding one driver" keeps one)
            exact = kinds_given(drafts, s.i, target, first)  # (or the lede's, above it)
            first = [c for c in first if c.kind not in exact or c.party_total or c.from_wounded]
            target.casualties = fuller_toll(target.casualties, [
                c if c.party_total else replace(c, total=False, from_wounded=bool(
                    c.from_wounded and not (why and why.end() <= c.start))) for c in first])
            target.told_again(s.i)
            hurt_where_it_fell(text, self.doc.sentences, s.i, self.places_by, target)
        elif update is not None and not ours:
            # ("The ministry puts the toll at three", after the monitor's four: a competing
            # count of the same dead, not a revision; the fuller stands)
            if ANOTHER_TELLING.search(text, sent.start, sent.end) and \
                    not any(c.rise for c in orphans):
                update.casualties = fuller_toll(update.casualties,
                                                [replace(c, total=False) for c in orphans])
            else:
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
            there = counted_in = None
            if (opened := self._separate_before(s)) is not None:
                target = opened
            elif (there := self._there(s)) is not None:
                # "nine had been killed there": the happening at that place, its dead told
                # again (whoever counted them first)
                target = there
            elif (counted_in := self._counted_in(s, orphans, target)) is not None:
                target = counted_in  # "nine were killed in X": the happening at X
            # "In a statement on Monday, the army said four had been killed": a count given
            # on a later day by a source of its own, set against the first, never added to it
            # ("On Tuesday morning, a second source said two had been wounded": the day it
            # was said, at the head of the sentence; "and a guard was also hurt": one more)
            later = (bool(self.dates.said.get(s.i)) or bool(LATER_TELLING.match(
                text, sent.start, sent.end)) or bool(LATER_SAID.search(
                    text, sent.start, sent.end)) or any(
                    d.start - sent.start <= 3 and (SAID_AFTER.match(text, d.end, sent.end) or
                                                   TELLER_SAID.match(text, d.end, sent.end))
                    for d in s.dates)) and not _ALSO.search(
                text, sent.start, next((c.end for c in orphans if not c.added), sent.end))
            # ("6 killed, 15 wounded at X", far below X's first count: the same dead again)
            told = fuller_toll if later or there is not None or (
                counted_in is not None and counted_in.casualties) or ANOTHER_TELLING.search(
                text, sent.start, sent.end) else merge_tolls
            if (teller := count_teller(text, sent.start, orphans[0].start)) and \
                    not _ALSO.search(text, sent.start, sent.end):
                # "KH statement: four killed. Local sources told X: three killed": each
                # source's count of the same dead, set against the other, never added
                if alternative_of(target.tellers, teller):
                    told = fuller_toll
                target.tellers.setdefault(teller, orphans)
                target.tellers_end = sent.end
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
                    names_the_attack(text, sent.start, orphans[0].start, orphans[-1].end,
                                     sent.end) and (target := self._attack_told(s)):
                # "three U.S. troops were also wounded in the attack", "The attack killed one
                # ...", paragraphs on, with no place or day of its own: the happening told, its
                # toll told in full
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
            if not at and self.told.scene is not None and self.told.scene[1] == sent.paragraph:
                at = [self.told.scene[0]]  # "DTG – Ain al-Asad AB. ... UPDATE: two were hurt"
            if not at and (there := self._there_place(s)) is not None:
                at = [there]  # "nine had been killed there": the place just named
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

    def _there(self, s: SentenceRead) -> Draft | None:
        """"The PMF said nine had been killed there": the happening told at the place the
        paragraph named last, not whatever clause was told last."""
        place = self._there_place(s)
        return None if place is None else next((
            d for d in reversed(self.drafts[-6:]) if place.key in d.keys and d.kind in VIOLENT),
            None)

    def _there_place(self, s: SentenceRead) -> PlaceMention | None:
        """The place a toll's "killed there" points to: the one its paragraph named last."""
        sent, last = s.sent, self.told.last
        if last is None or self.told.last_paragraph != sent.paragraph or \
                "there" not in self.text[sent.start:sent.end] or \
                not THERE.search(self.text, sent.start, sent.end):
            return None
        return last[0]

    def _past_the_tally(self, s: SentenceRead, orphans: list[Casualty]) -> list[Casualty]:
        """The counts left once a running tally told just before has its own: "Forces had been
        attacked 92 times since Oct. 17. He said 66 personnel had been injured" (an undated
        count in the perfect), or "Tally since May 2: 19 attacks. 1 killed, 9 wounded." (any
        undated count after a tally's label) counts the hurt of all of them. A dated attack
        told in the same sentence keeps its own count: "23 have been wounded, and the worst
        attack, on May 10, wounded four" (only the perfect's count goes)."""
        sent, text = s.sent, self.text
        if not orphans or s.i == 0:
            return orphans
        before = self.doc.sentences[s.i - 1]
        if before.paragraph != sent.paragraph:
            return orphans
        head = text[before.start:before.start + 24]
        if not s.dates and ("otal" in head or "ally" in head) and \
                _TALLY_LABEL.match(text, before.start, before.end):
            return []
        if not (TIMES_TALLY.search(text, before.start, before.end) or
                CUMULATIVE.search(text, before.start, before.end) or
                many_counted(text, before.start, before.end)):
            return orphans
        if not s.dates:
            return [] if _PERFECT_HURT.search(text, sent.start, sent.end) else orphans
        return [c for c in orphans if not _PERFECT_AFTER.match(text, c.end, sent.end)]

    def _toll_of_period(self, s: SentenceRead, orphans: list[Casualty]) -> bool:
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
