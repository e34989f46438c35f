"""The clause loop: each clause that tells a happening becomes a draft.

A sentence is cut at its action words (event_triggers.py); each clause gets the dates it owns
(else those the sentence shares), its places, weapons and toll. A clause that only names a
happening ("condemned the strikes"), plans a move, or tells again one just told ("the raid
killed two", "the fourth drone") adds to that happening rather than drafting another. A clause
with no day of its own borrows the day of what was just told, at the same place.
"""

from __future__ import annotations

import re

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_claimed import claims_told
from briefdeck.extract.event_claimed_downings import claimed_downing
from briefdeck.extract.event_clause_index import SentenceTallies, TollIndex, by_owner
from briefdeck.extract.event_counted_since import counted_since
from briefdeck.extract.event_dates import (
    DATELINE_LEAD,
    THAT_DAY,
    date_owners,
    nearest_dates,
    period_date,
    split_by_dates,
)
from briefdeck.extract.event_denied import (
    denied_report,
    hearsay,
    opens_with_hearsay,
    posted_claim,
)
from briefdeck.extract.event_downings import claimed_aircraft, intercepted
from briefdeck.extract.event_draft import Draft, inside_span, summary, trim
from briefdeck.extract.event_filters import (
    ANOTHER,
    MOVES,
    many_counted,
    named_only,
    not_told,
    planned_move,
)
from briefdeck.extract.event_followed import split_followed
from briefdeck.extract.event_followups import VIOLENT, first_telling, last_told, told_before
from briefdeck.extract.event_gap_clauses import gap_dates
from briefdeck.extract.event_in_place import presence_scopes
from briefdeck.extract.event_lede_part import lede_day, round_up_day
from briefdeck.extract.event_memory import SentenceRead
from briefdeck.extract.event_more_of_last import MoreOfLast
from briefdeck.extract.event_not_attacks import no_attacker
from briefdeck.extract.event_order_days import order_day
from briefdeck.extract.event_papers_withdrawn import paper_withdrawn
from briefdeck.extract.event_places import clause_places, offshore, place_groups
from briefdeck.extract.event_quoted_day import quoted_day
from briefdeck.extract.event_recalled import (
    died_of_told,
    names_told_site,
    recalls_told,
    tolled_recently,
)
from briefdeck.extract.event_said_day import said_day_of_claim
from briefdeck.extract.event_same_day_base import same_day_base
from briefdeck.extract.event_series_place import series_place
from briefdeck.extract.event_siblings import (
    ANOTHER_OF_KIND,
    FALLOUT_OF_TOLD,
    SECOND_WEAPON,
    sibling_day,
)
from briefdeck.extract.event_sites import place_taken
from briefdeck.extract.event_statement_days import dates_a_statement, names_own_period
from briefdeck.extract.event_told_days import ToldDays
from briefdeck.extract.event_toll_targets import TollTargets
from briefdeck.extract.event_trials import trial_after_posting
from briefdeck.extract.event_triggers import BOUNDARY_RE, CAPTURE_KIND, event_kind
from briefdeck.extract.event_verdicts import verdict_on_told
from briefdeck.extract.event_visits import visit_piece
from briefdeck.extract.event_weapon_told import weapon_told_day
from briefdeck.extract.event_weapons import not_struck
from briefdeck.extract.sentences import inside
from briefdeck.extract.toll_corrected_story import told_by_story
from briefdeck.extract.toll_of_several import toll_of_all
from briefdeck.extract.toll_updates import fuller_toll

# "the crew that downed the drone": a relative clause naming who did a told happening
_WHO_DID_THE = re.compile(r"\s*the\s[^,;.]{0,60}?\b(?:that|which|who)\s+$", re.I)
_VERB_THE = re.compile(r"\S+(?:\s+(?:down|up|off|out))?\s+the\s", re.I)
# "have since moved": after the day just told
_SINCE_THEN = re.compile(r"\b(?:ha(?:ve|s|d)|'ve|'s)\s+since\s+$", re.I)

# "The Army has moved a battery to X": a move done by the time it was told, the news of the
# lede ("said it had moved ...": reported speech, the statement its only news)
_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|also\s+|since\s+)?$")


_RESPONSE_TO = re.compile(r"\s(?:after|following)\s+$")
_DEADLINE = re.compile(r"\b(?:before|until|by)\s+$")
# "announced that the boy died": the toll of a happening, not of the announcement
_ANNOUNCED_THAT = re.compile(r"announc\w*,?\s+(?:[\w-]+\s+){0,4}?that\b", re.I)
# "and it hit at 11:30 on Tuesday": the pronoun of the happening just told
_IT_DID = re.compile(r"\b(?:it|they)\s+(?:\w+ly\s+)?$", re.I)
# "the raid killed", "the strike had wounded": a happening named as one already told
THE_HAPPENING = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|"
                           r"ambush|assault|bombing|operation)\s+(?:had\s+|has\s+)?(?:killed|"
                           r"wounded|injured|left|hit)\b", re.I)
# a telling verb before the clause: "the ministry said (that) the strike killed ..."
_SAID_THAT = re.compile(r"\b(?:said|says|say|stated|reported|added|confirmed)\b", re.I)
# "The fourth drone ...", "The last rocket ...": one weapon of a salvo told before, by its order
_THE_NTH = re.compile(r"\s*[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|last|final)\s+"
                      r"(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?|rockets?|projectiles?|"
                      r"shells?|mortars?)\b")
# "..., and four soldiers were treated after a rocket attack": the toll's own part, then its cause
_THEN_AFTER = re.compile(r"\s(?:after|following|when)\s+$")
_OPENS_PART = re.compile(r"(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)$")
_CAUSE = re.compile(r"\b(?:after|following|when|because|since)\b")
# "the US hit 85 targets after a drone killed three soldiers at Tower 22": a happening with a
# toll of its own, told as the cause of this one (its dead are not this strike's)
_CAUSE_KILLED = re.compile(r"\b(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+){1,3}?"
                           r"(?:killed|wounded|injured)\b")


# "..., CENTCOM said in a statement Sunday." closing the sentence: a teller's tag, no news of
# its own
_SAID_LAST = re.compile(r"said\s+in\s+a\s+statement\s+(?:on\s+)?(?:late\s+|early\s+)?"
                        r"(?:last\s+(?:week|month)|\w+day)\W*$")

# "Hours earlier, late on Tuesday, a drone struck the base": when the happening told in full
# was, not an aside about another one (the next sentences go on about it)
_WHEN_EARLIER = re.compile(r"(?:(?:[\w-]+\s+)?(?:hours|days|minutes)|an?\s+(?:hour|day))\s+"
                           r"earlier\b", re.I)


def _tells_another(text: str, start: int, end: int) -> bool:
    """Does the sentence say its happening is another one ("another drone", "a second
    attack")? Its opening "Hours earlier" only says when (see _WHEN_EARLIER)."""
    earlier = _WHEN_EARLIER.match(text, start, end)
    return ANOTHER.search(text, earlier.end() if earlier else start, end) is not None


class ClauseReading(ToldDays, TollTargets, MoreOfLast):
    """Drafts the happenings a sentence's clauses tell."""

    def _clauses(self, s: SentenceRead, scopes: list[tuple[str, int, int, int]]) -> None:
        text, sent = self.text, s.sent
        if s.casualties and opens_with_hearsay(text, sent.start, sent.end):
            # "Also seeing on X that one of the wounded died": a rumour's count, nobody's toll
            s.claimed.update(id(c) for c in s.casualties)
        dateline = DATELINE_LEAD.match(text, sent.start, sent.end)
        subject = (sent.start, scopes[0][2]) if scopes else None
        scopes = split_followed(text, sent.start, sent.end, scopes, s.dates)
        scopes = presence_scopes(text, sent.start, scopes, self.dates.happened.get(s.i, []))
        owner, opening = date_owners(text, sent.start, scopes, s.dates)
        handed = self._tolls_handed_on(s, scopes, owner)
        # (each clause's dates and toll looked up, not sought among all the sentence's)
        abs_by, dates_by, tolls = by_owner(s.absolute, owner), by_owner(s.dates, owner), \
            TollIndex(s.casualties, handed)
        tallies, unowned_for, unowned = SentenceTallies(text, sent.start, sent.end), None, []
        for n_scope, (kind, c_start, t_start, c_end) in enumerate(scopes):
            if any(b0 <= t_start < b1 for b0, b1 in s.background):
                continue  # "since the Oct. 7 attack on Israel": background, not a happening
            if denied_report(text, sent.start, t_start) or hearsay(text, sent.start, t_start):
                # "denies the report that an adviser was killed in a strike": no happening
                s.claimed.update(id(c) for c in s.casualties if c_start <= c.start < c_end)
                continue
            if told_by_story(text, sent.start, t_start):
                continue  # "the article also said two drones were launched": its mistake
            if kind in VIOLENT and no_attacker(text, c_start, t_start):
                kind = "other"  # "an earthquake strikes the region, killing four": no attack
            # "...; on Jan. 12, jets struck": a date opening another clause is not this one's;
            # its own clause's dates first, else any the sentence shares
            if unowned_for is not opening:  # (opening grows once at most)
                unowned_for, unowned = opening, [d for d in abs_by.get(None, ())
                                                 if id(d) not in opening]
            shared = unowned
            if text.startswith("followed ", c_start - 9):  # (event_followed.py cut it there)
                shared = [d for d in shared if d.start >= c_start]  # "Saturday's" is not its
            if n_scope == 0 and kind in VIOLENT and _RESPONSE_TO.search(
                    text, max(sent.start, c_start - 11), c_start) and shared and all(
                    d.end <= c_start for d in s.dates):
                # "Lawmakers on Thursday demanded answers after a drone struck a base": the
                # day of the response, not of the strike it answers
                shared = []
                opening = opening | {id(d) for d in s.dates}
            own = abs_by.get(n_scope) or shared
            # ("rose to nine, as the group said it had downed a drone hours later": a gap told
            # in a later clause runs from this one, never its day)
            loose = next((d for d in s.dates if owner.get(id(d)) == n_scope or (
                id(d) not in opening and not (d.precision == "offset" and
                                              (owner.get(id(d)) or -1) > n_scope))), None)
            if dateline and c_start < dateline.end() <= t_start:
                c_start = dateline.end()  # "DEIR EZ-ZOR, Syria (Wire) - Mortar rounds hit"
            if kind == CAPTURE_KIND:
                if not place_taken(text, t_start, s.places):
                    continue  # "seized Iranian oil", "took Russian prisoners": no ground taken
                kind = "attack"
            kind = event_kind(kind, text, c_start, t_start, subject)
            if kind == "deployment" and (tried := trial_after_posting(text, t_start, c_end)):
                kind, c_start, t_start = "other", tried, tried  # the trial, not the posting
            if kind == "withdrawal" and paper_withdrawn(text, c_start, t_start):
                continue  # "version 1.0 has been withdrawn": a paper, no forces
            if kind in VIOLENT and (claimed_aircraft(text, c_start, t_start, c_end) or
                                    claimed_downing(text, c_start, t_start, c_end)):
                kind = "other"  # "the group said it had shot down a U.S. MQ-9": a claim
            in_scope = gap_dates(text, scopes, n_scope, list(dates_by.get(n_scope, ())),
                                 s.absolute, tolls.any_in(c_start, c_end))
            if in_scope is None:
                continue  # "..., days before U.S. forces left": another day, not told
            if any(not d.implicit for d in in_scope):  # "overnight ... to Wednesday": one date
                in_scope = [d for d in in_scope if not d.implicit]
            if len(in_scope) > 1:
                # "began on Monday to move ..., and is to be emptied before the end of August":
                # a deadline beside the day the move was made is not another happening
                in_scope = [d for d in in_scope if not _DEADLINE.search(
                    text, max(sent.start, d.start - 8), d.start)] or in_scope
                in_scope = order_day(text, t_start, in_scope)  # not the day it orders
            if kind in VIOLENT and ((not in_scope and counted_since(
                    text, c_start, t_start, c_end, self.dates.happened.get(s.i, []))) or
                    tallies.times_tally(max(sent.start, t_start - 40)) or
                    many_counted(text, max(sent.start, t_start - 40), c_end)):
                s.claimed.update(id(c) for c in s.casualties if c_start <= c.start < c_end)
                continue
            if not in_scope:
                in_scope = period_date(text, kind, c_start, t_start, c_end,
                                       self.dates.happened.get(s.i, []))
            if not in_scope and s.shut:
                in_scope = [d for b0, b1, d in s.shut if b0 <= t_start < b1]
            hurt = tolls.hurt(n_scope, c_start, c_end)
            if hurt and kind == "announcement" and (
                    cause := _CAUSE.search(text, t_start, c_end)) is not None:
                # "halted its attacks in February after a drone killed three soldiers": the
                # toll is that of the happening the announcement answered, not the announcement's
                hurt = [c for c in hurt if c.start < cause.start()]
            if hurt and kind in VIOLENT and hurt[-1].start > t_start and (
                    cause := _CAUSE_KILLED.search(text, t_start, c_end)) is not None:
                # the cause is told with no day of its own: its toll is left out, neither
                # this happening's nor one drafted on this one's day
                s.claimed.update(id(c) for c in hurt if c.start > cause.start())
                hurt = [c for c in hurt if c.start < cause.start()]
            if kind == "announcement" and any(c.end <= t_start for c in s.casualties) and \
                    _SAID_LAST.match(text, t_start, sent.end):
                # "A contractor was also hurt, CENTCOM said in a statement Sunday.": the
                # statement only tells whose word the toll is; the toll is left for the
                # happening it counts
                continue
            if hurt and kind == "announcement" and (text.startswith("said", t_start) or (
                    text.startswith("announce", t_start) and
                    _ANNOUNCED_THAT.match(text, t_start, hurt[0].start))):
                # "the SDF said in a statement Wednesday that two fighters were wounded", "I am
                # sorry to announce that the boy died": the toll of a happening, left for the
                # one it counts, not the statement's
                hurt = []
            if hurt and tallies.running_tally(c_start, c_end):
                # "have killed at least four since November", "Since the truce took hold,
                # strikes have killed 350" (its span told in the clause before): a running tally
                hurt = []
            if named_only(text, c_start, t_start) and not (
                    kind in VIOLENT and first_telling(text, self.drafts, in_scope, t_start)):
                # the attacks are named, not told; a toll in the clause is that of the
                # happening around it ("traded blame for an exchange of fire late on Sunday",
                # the only telling of Sunday's clash, tells it)
                self._claim(s, in_scope, (c_start, t_start, c_end))
                continue
            if kind in VIOLENT and died_of_told(text, c_start, t_start):
                continue  # "succumbed to wounds sustained in the strike": its toll, told on
            if kind in VIOLENT and not hurt and verdict_on_told(text, c_start, t_start, c_end):
                continue  # "the strike was "the most damaging this year"": a verdict on it
            if kind in VIOLENT and not hurt and claims_told(
                    text, sent.start, t_start, self.drafts,
                    [p for p in s.places if t_start <= p.start < c_end]):
                continue  # "claimed the attack, saying it had targeted the base": that attack
            if hurt and toll_of_all(text, sent.start, hurt, self.drafts, s.i):
                s.claimed.update(id(c) for c in hurt)  # "the toll from both strikes at ..."
                continue
            s.claimed.update(id(c) for c in hurt)
            # "can deploy to other areas or leave Iraq": the modal of a verb joined without a
            # break governs the next one too
            modal_from = scopes[n_scope - 1][1] if n_scope and not BOUNDARY_RE.search(
                text, scopes[n_scope - 1][2], t_start) else c_start
            quoted = inside(self.doc.quoted, t_start) and (not (s.places and any(
                d.precision == "day" for d in s.dates))  # a dated, placed quote tells one
                or posted_claim(text, t_start, sent.end))  # unless a post's words
            if not hurt and kind in MOVES and planned_move(text, sent.start, t_start):
                continue  # "plans to cut troops, pulling out of two bases": a plan
            if not hurt and not_told(text, sent.start, c_start, t_start, c_end,
                                     modal_from=modal_from, quoted=quoted,
                                     imagined=not in_scope or kind in MOVES):
                continue  # "condemned the strikes", "are regularly intercepted", a quote
            # (a clause naming none takes the sentence's, less those of a clause of another
            # kind past a semicolon: "US strikes hit X; a second rocket attack followed" fired
            # no rockets; and less those named past a semicolon after it: "A drone crashed at
            # X on the 15th; two drones hit Y on the 19th" tells what hit Y, not X)
            weapons = inside_span(s.systems, c_start, c_end) or [
                w for w in s.systems if not any(
                    o0 <= w.start < o1 and o_kind != kind and
                    ";" in text[min(t_start, ot):max(t_start, ot)]
                    for o_kind, o0, ot, o1 in scopes) and not (
                    w.start >= c_end and ";" in text[c_end:w.start])]
            if kind == "strike":
                weapons = not_struck(text, weapons, sent.start)
            weapon_names = list(dict.fromkeys(w.name for w in weapons))
            # "Al-Qaim was transferred on March 19, followed by Q-West on March 26": one event
            # per date, each with the places named since the date before it.
            in_scope = nearest_dates(text, in_scope, shared, t_start)
            pieces = split_by_dates(c_start, c_end, in_scope) if len(in_scope) > 1 else [
                (c_start, c_end, in_scope[0] if in_scope else None)]
            for n, (p_start, p_end, when) in enumerate(pieces):
                if kind in VIOLENT and visit_piece(text, n, p_start, p_end, t_start):
                    kind = "other"  # "..., ahead of the delegation's visit on 1 December"
                given = when is not None or any(owner.get(id(d)) == n_scope for d in s.absolute)
                if when is None:  # a clause dated by a period ("between 9 and 12 May") only
                    when = own[0] if own else (loose if loose is not None else None if any(
                        d.opens_period and c_start <= d.start < c_end
                        for d in self.dates.happened.get(s.i, [])) else self.context)
                    if when is self.context and when is not None and kind in VIOLENT and (
                            names_own_period(text, c_start, sent.end) or
                            dates_a_statement(text, when)):
                        # "shot down 14 over X 'in the past fortnight'": over a span; after
                        # "a statement the next day added ...": not on the statement's day
                        when = None
                if not given and not hurt and kind in VIOLENT and when is self.context and \
                        "the" in text[sent.start:t_start].lower() and _WHO_DID_THE.match(
                            text, sent.start, t_start) and _VERB_THE.match(text, t_start, c_end):
                    # "the crew that shot down the drone is from ...": the happening told, named
                    # to say who did it, not another one on the day the paragraph last named
                    continue
                if not given and when is self.context and when is not None and \
                        "since" in text[c_start:t_start] and _SINCE_THEN.search(
                            text, max(c_start, t_start - 24), t_start):
                    # "we have since moved a battery there": after the day just told, not on it
                    when = None
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
                if n == 0 and hurt and not given and kind in VIOLENT and prev is not None and \
                        prev.kind in VIOLENT and prev.casualties and prev.date is not None and \
                        THE_HAPPENING.search(text, c_start, c_end) and \
                        _SAID_THAT.search(text, sent.start, t_start) and not any(
                            c_start <= p.start < c_end for p in s.places):
                    # "the ministry said the strike killed three", after "a strike on X killed
                    # two": the strike just told, counted again by another source
                    prev.casualties = fuller_toll(prev.casualties, hurt)
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
                if kind in VIOLENT and (same := same_day_base(
                        text, (c_start, c_end), where, self.drafts, when)) is not None:
                    where = same  # "targeted the base" the day that base was attacked
                if kind in VIOLENT and not where and when is not None and s.i:
                    # "It was the second attack on X in two weeks. On Nov. 19, a drone ..."
                    where = series_place(text, self.doc.sentences[s.i - 1],
                                         self.places_by.get(s.i - 1, []))
                s_start, s_end = trim(text, p_start if n else c_start, p_end)
                toll = [c for c in hurt if _toll_piece(text, pieces, c) == n]
                if toll and kind in VIOLENT and not given and when is self.context and \
                        names_told_site(text, c_start, t_start):
                    # "the attack on X left four wounded": the day X was hit, told before,
                    # not that of the happening just told elsewhere
                    when = told_before(self.drafts, s.i, where) or when
                if when is None and kind in VIOLENT and self.day_named is not None and (
                        "that " in (head := text[sent.start:c_end]) or " in the " in head) and \
                        THAT_DAY.search(text, sent.start, c_end):
                    when = self.day_named  # "was shot down that night": the day just named
                if when is not None and when.precision == "day" and kind in VIOLENT and \
                        when.implicit and (
                        day := quoted_day(when, self.day_named, self.doc.quoted)) is not None:
                    when = day  # "'we struck at dawn today', the statement read": its day
                if when is None and kind in VIOLENT and "midnight" in text[sent.start:c_end]:
                    when = self._after_midnight(s)
                if when is None and self._more_of_last(s, kind, where, toll, weapon_names,
                                                       (s_start, s_end, t_start, c_end)):
                    continue
                if when is None and kind in VIOLENT:
                    when = told_before(self.drafts, s.i, where) or weapon_told_day(
                        text, sent.start, t_start, self.drafts, s.i, where)
                if when is None and toll and kind in VIOLENT and where:
                    when = lede_day(self.drafts, where)  # a site of the lede's happening
                if when is None and toll and kind in VIOLENT and where and not s.background:
                    # another town of the day's round-up
                    when = round_up_day(self.drafts, where, self.named_last)
                if when is None and kind in VIOLENT and where and \
                        (said_day := self._claimed_on(s, t_start)) is not None:
                    when = said_day
                if when is not None and when.precision == "month" and kind in VIOLENT and \
                        where and any(when is d for d in shared) and (said_day := said_day_of_claim(
                            text, self.dates.said.get(s.i, []), t_start)) is not None:
                    when = said_day  # "Earlier this week ..., and said on Tuesday it had hit Y"
                if when is None and kind in VIOLENT and ((toll and ANOTHER_OF_KIND.match(
                        text, c_start, c_end)) or FALLOUT_OF_TOLD.search(text, sent.start, c_end)):
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
                    sent.paragraph, s.i, (tallies.may_tell_another(c_end) and
                                          _tells_another(text, sent.start, c_end)) or
                    text.startswith("followed ", c_start - 9), said,  # (what it followed)
                    # (a second drone downed elsewhere is a happening of its own, not a part
                    # of the first attack)
                    intercepted(text, t_start, c_end) and not (second and where),
                ))
                self.drafts[-1].locate(where[:3])
                self.drafts[-1].offshore = bool(where) and all(
                    offshore(text, sent.start, p) for p in where[:3])
                if moved and said and kind == "announcement" and where and when is not None \
                        and when.precision == "day":
                    # "The Army has moved a battery to X, CENTCOM confirmed Tuesday": the news
                    # of that day, and the move itself, done by then, in that month
                    month = DateMention(when.start, when.end, when.text, when.iso[:7], "month")
                    self.drafts.append(Draft(
                        moved, s_start, s_end, month, [p.name for p in where][:3],
                        weapon_names, [], summary(text, s_start, s_end), sent.paragraph, s.i))
                    self.drafts[-1].locate(where[:3])

    def _tolls_handed_on(self, s: SentenceRead, scopes: list[tuple[str, int, int, int]],
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


# "in April 2024 and again in July, when an attack killed four": a toll in a "when" clause
# right after a date is that date's happening's
_WHEN_CLAUSE = re.compile(r"\s*,?\s*(?:when|in\s+which|during\s+which)\b[^,;.]*", re.I)


def _toll_piece(text: str, pieces: list[tuple[int, int, DateMention | None]],
                c: Casualty) -> int:
    """Which of a clause's pieces, one per date, a count of its toll belongs to: the first
    piece's, unless a "when" clause binds it to a later piece's date."""
    for n in range(len(pieces) - 1, 0, -1):
        p_start, p_end, when = pieces[n]
        if when is not None and p_start <= c.start < p_end and when.end <= c.start and \
                _WHEN_CLAUSE.fullmatch(text, when.end, c.start):
            return n
    return 0

