"""Which earlier happening a toll told later belongs to.

A toll told paragraphs after its happening names it only by words like "the attack", "also",
"initially", a place told before or a count larger than one site's: each finder here picks
the draft such words point back to (or draws the place's own toll), and says none when the
sentence names a place or happening of its own.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, summary, trim
from briefdeck.extract.event_feed_updates import replaced_happening
from briefdeck.extract.event_filters import ANOTHER
from briefdeck.extract.event_followups import VIOLENT, main_told
from briefdeck.extract.event_memory import ReaderMemory, SentenceRead
from briefdeck.extract.event_places import place_groups, treated_at
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.toll_also_elsewhere import at_second_site
from briefdeck.extract.toll_later_entry import attack_of_earlier_entry
from briefdeck.extract.toll_updates import EARLIER_TELLING, merge_tolls

_OPENS_SEPARATE = re.compile(r"\s*(?:In\s+(?:a|another)\s+separate\s+|In\s+another\s+|"
                             r"Separately\b|Elsewhere\b)")
_UPDATED = re.compile(r"\b(?:updated|revised|corrected|raised|amended)\b", re.I)
# "The earlier statement is corrected accordingly", said just after a toll: the count of the
# happening the statement told, given first as another (or none)
_CORRECTS = re.compile(r"\b(?:is|are|was|has\s+been|have\s+been)\s+(?:hereby\s+)?"
                       r"(?:corrected|amended|revised)\b", re.I)
# "Initial reports indicate no injuries", "there were no casualties": a first count of none
_NONE_HURT = re.compile(r"\b(?:no|without)\s+(?:[\w.-]+\s+)?(?:injur|casualt|wound)", re.I)
# "a guard was also wounded": more hurt in the happening told before
_ALSO_HURT = re.compile(r"\b(?:also|further|additional)\b", re.I)
# "Hajin (Abu Kamal district): In the afternoon ...": a paragraph led by the place it tells of
_PLACE_LEAD = re.compile(r"([A-Z][^\n:()]{1,40}?)\s*(?:\([^\n()]{1,40}\)\s*)?:\s")
_NAMES_VIOLENCE = re.compile(r"\b(?:(?:air\s?)?strikes?|airstrikes?|attacks?|raids?|shelling|"
                             r"bombings?|bombardment)\b", re.I)
# "in central Israel", "in northern Gaza": a part of a country or region, a place of its own
# "debris from one of the intercepted drones", "fragments of a downed missile": what fell
# after an interception (a cheap word test first)
_FALLOUT_CUE = re.compile(r"debris|fragment|shrapnel|wreckage|to\s+(?:a\s+|the\s+)?shelters?\b",
                          re.I)
_FALLOUT = re.compile(
    # ("falling debris hit a house": debris of what was just shot down, said or not)
    r"\bfalling\s+(?:debris|fragments|shrapnel|wreckage)\b|"
    # ("hurt while running to a shelter": a casualty of the alert, not of a happening apart)
    r"\b(?:running|rushing|on\s+(?:the|their|his|her)\s+way)\s+to\s+(?:a\s+|the\s+)?shelters?\b|"
    r"\b(?:falling\s+)?(?:debris|fragments?|shrapnel|wreckage|remnants?|parts?)\s+(?:of|from)\s+"
    r"(?:(?:one|some|two|three|several|parts?)\s+of\s+)?(?:the|an?|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drones?|missiles?|rockets?|projectiles?|UAVs?|interceptors?|shells?)\b", re.I)
_PART_OF = re.compile(r"\b(?:central|northern|southern|eastern|western|north-?\w*|south-?\w*)"
                      r"\s+$", re.I)
# "the man who was seriously wounded in Kiryat Shmona": where the hurt were hit
# how far back a toll "killed in X" looks for the happening told at X (an answer or a report
# may sum up, go on by topic, and give the newer count in notes at its end)
_COUNTED_IN_REACH = 30
# ("wounded in the Hodeidah and Kamaran strikes": the place naming the strikes, after "the")
_HIT_IN = re.compile(r"\b(?:wounded|injured|hurt|killed)\s+(?:[a-z]+\s+){0,3}?(?:in|at)\s+"
                     r"(?:the\s+)?$")


# "Erbil's Emergency Hospital", "a Baghdad military hospital": where the hurt were cared for
_CARE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:hospital|clinic|medical)\b", re.I)

# "update on tal tamr: SOHR now says 1 killed": a chat's or brief's update on a place's
# happening, its place in words the gazetteer may not read (lower case)
_UPDATE_ON = re.compile(r"[^\w\n]{0,4}(?:update|more|latest)\s+(?:on|from)\s+"
                        r"(?P<at>[^:\n]{3,40}?)\s*:", re.I)


class TollTargets(ReaderMemory):
    """Finds the drafted happening a later toll counts."""

    def _update_on(self, s: SentenceRead) -> Draft | None:
        """The violent happening told in the last 40 sentences at the place an opening
        "update on X:" names, if any."""
        m = _UPDATE_ON.match(self.text, s.sent.start, s.sent.end)
        if m is None:  # (a caption feed's update: the happening of the item it replaces)
            return replaced_happening(self.text, self.drafts, s.sent.start)
        at = m.group("at").lower()
        return next((d for d in reversed(self.drafts) if s.i - d.sentence <= 40 and
                     d.kind in VIOLENT and not d.other and
                     any(p.lower() in at for p in d.places)), None)

    def _led_elsewhere(self, s: SentenceRead) -> bool:
        """"Hajin (Abu Kamal district): ... One civilian was killed": a paragraph led by a
        place of its own tells another incident than the one told before it elsewhere."""
        start = self.text.rfind("\n", 0, s.sent.start) + 1
        lead = _PLACE_LEAD.match(self.text, start)
        if lead is None:
            return False
        first = self.places_by.get(self.doc.sentence_index(start), [])
        named = next((p for p in first if p.start == start and p.end >= lead.end(1)), None)
        return named is not None and named.name not in self.drafts[-1].places

    def _tolls_by_place(self, s: SentenceRead, orphans: list[Casualty]) -> bool:
        """"In Krasnopillia, two people were injured, and in Velyka Pysarivka a drone killed a
        driver", after a toll told elsewhere: a list of tolls place by place (a governor's
        post, a release by sector), each a happening of its own place, on the day of the one
        told before. True when drafted. (A summary's "including one US strike", then "two
        were wounded at A and a guard killed at B": those places' tolls, not the strike's.)"""
        last = self.drafts[-1]
        if last.kind not in VIOLENT:
            return False
        found = place_groups(self.text, s.sent, s.places, orphans)
        if found is None or any(p.key in last.keys for p, _ in found[0]):
            return False
        # (undated, the last is no more than a mention: each place's harm an attack of its own)
        self._draft_by_place(s, last.kind if last.date else "attack", last.date, [], found[0])
        return True

    def _added_elsewhere(self, s: SentenceRead, orphans: list[Casualty]) -> bool:
        """"A further 16 people were wounded in central Israel", after a toll told at another
        place: more dead or wounded of that day at a place of their own, an event of it.
        True when drafted."""
        if not all(c.added for c in orphans) or all(
                at_second_site(self.text, s.sent.start, c) for c in orphans):
            # ("drones were also aimed at a nearby camp, where two were hurt": the same
            # attack's toll, added to it rather than made an event of its own)
            return False
        target = main_told(self.drafts, s.i, s.sent.paragraph)
        if target.kind not in VIOLENT or target.date is None or not target.sites:
            return False
        # ("in northern Israel" is not the country the first toll's town lies in; "a doctor
        # at X hospital told us": the teller's town, not the place of more harm)
        at = [p for p in s.places if not p.locator and not treated_at(
            self.text, s.sent.start, p) and (
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

    def _attack_told(self, s: SentenceRead) -> Draft | None:
        """The happening "the attack" names in a later paragraph: of the violent ones told in
        the last dozen sentences, the last with a toll (the story's main one), else the last."""
        told = [d for d in self.drafts[-12:] if d.kind in VIOLENT and not d.other
                and 0 <= s.i - d.sentence <= 12]
        return next((d for d in reversed(told) if d.casualties), told[-1] if told else None)

    def _separate_before(self, s: SentenceRead) -> Draft | None:
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

    def _first_count_revised(self, s: SentenceRead) -> Draft | None:
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

    def _whole_toll(self, s: SentenceRead, orphans: list[Casualty],
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

    def _untolled_before(self, s: SentenceRead) -> Draft | None:
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

    def _fold_fallout(self, s: SentenceRead, made: list[Draft]) -> None:
        """"Fragments of one of the downed drones fell on a farm in X, injuring two", told with
        no day after the interception: the toll of that attack, not an undated one of its own."""
        hurt = [d for d in made if d.casualties and d.kind in VIOLENT and (
            d.date is None or not s.sent.start <= d.date.start < s.sent.end)]
        if not hurt or (target := self._fallout_of(s, made)) is None:
            return
        # (a day only carried over from the sentences before is the attack's own day)
        hurt = [d for d in hurt if d.date is None or d.date.iso == target.date.iso]
        for d in hurt:
            target.casualties = merge_tolls(target.casualties, d.casualties)
            target.spread = True
            self.drafts.remove(d)
        target.told_again(s.i)

    def _fallout_of(self, s: SentenceRead, made: list[Draft] = ()) -> Draft | None:
        """The dated violent happening with no toll yet, told in the last ten sentences, when
        the sentence tells of its falling debris: its toll, whatever place the debris fell on."""
        text, sent = self.text, s.sent
        if not _FALLOUT_CUE.search(text, sent.start, sent.end) or \
                not _FALLOUT.search(text, sent.start, sent.end) or \
                ANOTHER.search(text, sent.start, sent.end):
            return None
        downed = None  # "jets shot down drones": a part of the attack told before it, if any
        for d in reversed(self.drafts):
            if any(d is m for m in made):
                continue
            if s.i - d.sentence > 10 or d.entry != self.entry:
                break
            if d.kind in VIOLENT and not d.other:
                if d.date is None or (d.casualties and not d.spread):
                    break
                if downed is not None and d.date.iso != downed.date.iso:
                    break
                if not d.intercept or d.spread:
                    return d
                downed = downed or d
        return downed

    def _whole_attack(self, s: SentenceRead) -> Draft | None:
        """The first day-dated violent happening told in the last 20 sentences: the attack
        the story opened with, of which "the fourth drone" is a part."""
        recent = [d for d in self.drafts if s.i - d.sentence <= 20 or
                  any(s.i - n <= 20 for n in d.told_in)]
        return next((d for d in recent if d.kind in VIOLENT and not d.other and
                     d.date is not None and d.date.precision == "day"), None)

    def _only_tolled(self, kinds: set[str]) -> Draft | None:
        """The one violent happening told so far with a count of those kinds, if only one."""
        tolled = [d for d in self.drafts if d.kind in VIOLENT and not d.other and any(
            c.kind in kinds for c in d.casualties)]
        return tolled[0] if len(tolled) == 1 else None

    def _also_of_last(self, s: SentenceRead) -> Draft | None:
        """The violent happening told last, a few sentences before, when the toll says it
        adds to one ("was also wounded")."""
        if not self.drafts or not _ALSO_HURT.search(self.text, s.sent.start, s.sent.end):
            return None
        last = self.drafts[-1]
        return last if last.kind in VIOLENT and 0 < s.i - last.sentence <= 8 and \
            last.entry == self.entry else None

    def _tolled_at(self, s: SentenceRead) -> Draft | None:
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

    def _counted_in(self, s: SentenceRead, orphans: list[Casualty],
                    target: Draft) -> Draft | None:
        """"The ministry said nine were killed and 14 wounded in Hodeidah", told after a tanker
        hit at sea: the toll of a happening told lately at the town it names, not of the last
        one told (None when that one was there, or none was)."""
        text = self.text
        named = [p for p in s.places if p.start > orphans[-1].end and not p.locator and
                 p.precision not in BROAD_PRECISIONS and p.key not in target.keys and
                 _HIT_IN.search(text, max(s.sent.start, p.start - 40), p.start) and
                 not treated_at(text, s.sent.start, p) and not _CARE_AFTER.match(text, p.end)]
        if not named:
            return None
        there = [d for d in reversed(self.drafts) if s.i - d.sentence <= _COUNTED_IN_REACH and
                 d.kind in VIOLENT and not d.other and d is not target and named[0].key in d.keys]
        # (one tolled there already first: the same dead counted again)
        return next((d for d in there if d.casualties), there[0] if there else None)

    def _risen_at(self, s: SentenceRead, scene_only: bool = False) -> Draft | None:
        """The last violent happening told at the town or site a risen toll names ("the
        Nabatieh toll rises to seven", told after a strike elsewhere): that one's toll.
        scene_only: a place where the hurt were treated ("Erbil's hospital") names none."""
        names = {p.name for p in s.places if p.precision not in BROAD_PRECISIONS and not (
            scene_only and (treated_at(self.text, s.sent.start, p) or
                            _CARE_AFTER.match(self.text, p.end)))}
        if not names:
            return None
        return next((d for d in reversed(self.drafts) if s.i - d.sentence <= 40 and
                     d.kind in VIOLENT and not d.other and names & set(d.places)), None)

    def _told_elsewhere(self, s: SentenceRead, d: Draft) -> bool:
        """The sentence names the town or site where the hurt were hit ("wounded in X"), and
        the happening d, placed, is told at none of them (a hometown, "a technician from X",
        says nothing of where)."""
        names = {p.name for p in s.places if p.precision not in BROAD_PRECISIONS and
                 not p.locator and _HIT_IN.search(self.text, max(s.sent.start, p.start - 40),
                                                  p.start)}
        return bool(names) and bool(d.places) and not names & set(d.places)

    def _untolled_at(self, s: SentenceRead) -> Draft | None:
        """The violent happening told with no toll in the last 8 sentences at a town or site
        this sentence names beside a word for such a happening ("strikes in the X area")."""
        names = {p.name for p in s.places if p.precision not in BROAD_PRECISIONS}
        if not names or not _NAMES_VIOLENCE.search(self.text, s.sent.start, s.sent.end):
            # (or a chat's later message passing on the hurt: the attack told before it)
            return attack_of_earlier_entry(self.text, s, s.casualties, self.drafts, self.entry,
                                           self.entries[self.entry].day.iso
                                           if 0 <= self.entry < len(self.entries) else "")
        for d in reversed(self.drafts):
            if s.i - d.sentence > 8:
                return None
            if d.kind in VIOLENT and not d.other and names & set(d.places):
                return None if d.casualties else d
        return None

    def _counted_before(self, s: SentenceRead) -> Draft | None:
        """The violent happening with a toll told in the last dozen sentences (in the same
        live-blog entry), if any."""
        return next((d for d in reversed(self.drafts) if s.i - d.sentence <= 12
                     and d.kind in VIOLENT and d.casualties and d.date is not None
                     and not d.other and d.entry == self.entry), None)

    def _same_day_telling(self, s: SentenceRead, toll_dates: list[DateMention]) -> bool:
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

    def _draft_by_place(self, s: SentenceRead, kind: str, when: DateMention | None,
                        weapons: list[str],
                        groups: list[tuple[PlaceMention, list[Casualty]]]) -> None:
        text, sent = self.text, s.sent
        for place, tolls in groups:
            self.drafts.append(Draft(kind, sent.start, sent.end, when, [place.name], weapons,
                                     tolls, summary(text, sent.start, sent.end),
                                     sent.paragraph, s.i, other=True))
            self.drafts[-1].locate([place])
            self.drafts[-1].entry = self.entry
