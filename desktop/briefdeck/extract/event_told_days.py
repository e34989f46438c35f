"""Dating a clause by its telling: statements, claims, and days counted from another.

A happening is often dated only by who told it and when ("said on Friday it had moved",
"the group claimed the attack on Tuesday"): a decision or claim is the news of its own day,
an announcement; a new happening told in a dated statement takes the statement's day. Some
days are counted from a happening just told ("shortly after midnight", "came three days
after"), and an undated lede is dated by the next telling of it ("The drone struck the market
on Monday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_dates import STATEMENT_OPENS
from briefdeck.extract.event_downings_told import told_attack_day
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, inside_span, summary, trim
from briefdeck.extract.event_filters import MOVES
from briefdeck.extract.event_followups import VIOLENT, last_told
from briefdeck.extract.event_memory import ReaderMemory, SentenceRead
from briefdeck.extract.event_moves_under_way import under_way
from briefdeck.extract.event_siblings import sibling_day
from briefdeck.extract.numbers import word_value

# "will send", "plans to withdraw": a move decided, not yet made
PLANNED = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|planning\s+to|intends?\s+to|"
                     r"set\s+to|(?:is|are)\s+(?:also\s+)?(?:now\s+)?(?:sending|deploying))\s+"
                     r"(?:also\s+|soon\s+|now\s+)?$")
# "the group claimed the attack on Tuesday": a claim, dated by its own day
_CLAIMED = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|this|that|its)\s+"
                      r"(?:[\w-]+\s+)?$", re.I)
# "lodged a strong protest over the shelling today": a protest is the news of its own day
# "In a statement issued on Wednesday, the ministry considered the attack a violation": a
# judgement of a happening told, no news of a move of that day
_JUDGED = re.compile(r"[^.;:]{0,80}?\b(?:condemn|denounc|deplor|consider|describ|decr[iy])\w*"
                     r"\s+(?:the|this|these|that|those|its|their)\b", re.I)
_PROTESTED = re.compile(r"\bprotest\w*\s+(?:over|against|about)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "said its fighters had targeted", "said it had attacked": a claim of the happening
_CLAIM_VERB = re.compile(r"\b(?:said|says|claimed|announced)\s+(?:that\s+)?(?:it|its\s+\w+|"
                         r"they|their\s+\w+)\s+(?:had|have|has)\s+$|"
                         r"\b(?:said|says|claimed|announced)\s+(?:that\s+)?(?:it|its\s+\w+|"
                         r"they|their\s+\w+)\s+(?:had|have|has)\s+\w+ed\b", re.I)
_SAID_ON = re.compile(r"\b(?:said|says|announced|reported|confirmed)\s+(?:on\s+)?$", re.I)
# (weapons counted as the subject of what was told: "that two drones were shot down")
_THAT_WEAPONS = re.compile(r"\s*(?:,\s*)?that\s+(?:a|an|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|several|\d{1,3})\s+(?:[\w-]+\s+){0,2}?(?:drones?|rockets?|"
                           r"missiles?|projectiles?|mortars?|mortar\s+rounds|UAVs?|shells)\b")
_CUT = re.compile(r"[;,:]|\b(?:after|since|when|before)\b")
# "... said on 5 January that": the statement's day, then what it told
_SAID_THAT = re.compile(r"\s*(?:,\s*)?(?:that|it\s+had|they\s+had)\b")
# "The strike came three days after ...": how long before the happening just told the one
# recalled after it happened
_CAME_BEFORE = re.compile(r"\bcame\s+(?:just\s+|only\s+)?(?P<n>\d{1,2}|an?|one|two|three|four|five|"
                          r"six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|hours?)\s+$", re.I)
# "the drone struck", "the strike hit": the happening just told, told again
_THE_WEAPON_HIT = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:drones?|strikes?|attacks?|missiles?|"
                             r"rockets?|shells?|bomb|raid|blast|explosion)\s+(?:had\s+)?"
                             r"(?:struck|hit|landed|exploded|targeted)\b")
_AFTER_MIDNIGHT = re.compile(
    r"\b(?:(?:shortly|just|soon|hours|an\s+hour)\s+)?after\s+midnight\b", re.I)
_LATE = re.compile(r"\b(?:late|night|evening)\b", re.I)
# "The cabinet has decided to extend the mission. The minister informed parliament of this in
# a letter on Friday": the decision's news day, told after it
# ("delivered the certification notifying Congress of this possible sale today": a sale
# approved is news of the day the legislature is notified of it)
_TOLD_OF_THIS = re.compile(r"\b(?:informed|notified|notifying|briefed)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,4}?(?:of|about)\s+(?:it\b|(?:this|the)\s+"
                           r"(?:(?:possible|proposed|potential)\s+)?(?:decision|sale)\b|this\b)")


class ToldDays(ReaderMemory):
    """The days clauses take from their telling, or count from another happening."""

    def _said(self, s: SentenceRead, kind: str, when: DateMention | None, given: bool,
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
        filed = self.dates.filed.get(s.sent.paragraph)
        if kind == "announcement" and filed is not None and when is not None and \
                when is not filed and s.sent.start <= filed.start < t_start < when.start and \
                " that " in text[t_start:when.start]:
            # "Manama, Jan. 8 (BNA) - The command announced that drones were downed late on
            # Thursday": the announcement is the news of its dateline's day
            return kind, True, filed
        if said_here and not given and kind in MOVES and (
                when is None or PLANNED.search(text, max(c_start, t_start - 30), t_start)
                or text.startswith(("sending", "deploying"), t_start)):
            # "Norway will send a NASAMS unit ..., the ministry announced on Wednesday":
            # the news of that day is the decision; "said on Friday it had moved launchers
            # into the district", with no day of the move: the news is the statement
            # (unless told as under way then: "were being flown to the base", a move that day)
            return under_way(text, t_start) or "announcement", True, said_here[0]
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
            if (day := told_attack_day(text, span, any(
                    c_start <= p.start < c_end for p in s.places), last_told(
                    self.drafts, s.i, self.entry), s.sent.paragraph, VIOLENT)) is not None:
                return kind, False, day  # (the attack just told, in the statement's words)
            return kind, True, said_here[0]
        if when is None and kind in VIOLENT and said_here and said_here[0].precision == "month":
            # "said last week that forces had killed ...": no nearer date than that
            return kind, False, said_here[0]
        return kind, False, when

    def _claimed_on(self, s: SentenceRead, t_start: int) -> DateMention | None:
        """"In a statement on Saturday, the group said its fighters had targeted the base":
        a placed attack with no day of its own, told as the claim of that day, takes it."""
        said = [d for d in self.dates.said.get(s.i, []) if d.precision == "day"
                and d.start < t_start]
        if not said:
            return None
        if _CLAIM_VERB.search(self.text, said[-1].end, t_start):
            return said[-1]
        # "Kuwait said on Nov. 16 that two drones were shot down near X": what was told
        # that day, of that day
        d = said[-1]
        if _SAID_ON.search(self.text, max(0, d.start - 12), d.start) and \
                (that := _THAT_WEAPONS.match(self.text, d.end)) is not None and \
                not _CUT.search(self.text, that.end(), t_start):
            return d
        return None

    def _statement(self, s: SentenceRead) -> None:
        """"In a statement read on state radio on Monday, the army said ...": a statement
        dated at the head of its sentence is the news of its day, an announcement."""
        said = [d for d in self.dates.said.get(s.i, []) if d.precision == "day"]
        if not said or not STATEMENT_OPENS.match(self.text, s.sent.start, said[0].start) or \
                _JUDGED.match(self.text, said[0].end, s.sent.end) or \
                any(d.kind == "announcement" and d.sentence == s.i for d in self.drafts[-3:]):
            return
        start, end = trim(self.text, s.sent.start, s.sent.end)
        self.drafts.append(Draft("announcement", start, end, said[0], [], [], [],
                                 summary(self.text, start, end), s.sent.paragraph, s.i,
                                 said=True))

    def _decision_told(self, s: SentenceRead) -> None:
        """"... informed parliament of this in a letter on Friday": the undated decision told
        just before (in the same paragraph) is the news of that day."""
        chunk = self.text[s.sent.start:s.sent.end]
        if "informed" not in chunk and "notif" not in chunk and "briefed" not in chunk:
            return  # most sentences
        days = [d for d in s.dates if d.precision == "day"]
        if not days or not _TOLD_OF_THIS.search(self.text, s.sent.start, s.sent.end):
            return
        for d in reversed(self.drafts[-3:]):
            if d.kind == "announcement" and 0 < s.i - d.sentence <= 2 and \
                    d.paragraph == s.sent.paragraph and (
                    d.date is None or d.date.precision != "day"):
                d.date, d.said = days[0], True
                return

    def _claim(self, s: SentenceRead, in_scope: list[DateMention],
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

    def _after_midnight(self, s: SentenceRead) -> DateMention | None:
        """"Shortly after midnight, a drone hit ..." after a happening "late on Wednesday":
        the next day (the night is the one just told)."""
        m = _AFTER_MIDNIGHT.search(self.text, s.sent.start, s.sent.end)
        prev = sibling_day(self.drafts, s.i) if m else None
        if m is None or prev is None or not _LATE.search(
                self.text, max(0, prev.start - 12), prev.end):
            return None
        day = date.fromisoformat(prev.iso) + timedelta(days=1)
        return DateMention(m.start(), m.end(), m.group(0), day.isoformat(), "day")

    def _came_after(self, s: SentenceRead) -> None:
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
