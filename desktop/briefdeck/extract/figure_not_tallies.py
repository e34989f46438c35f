"""Counts that are no tally to brief: spans of time, sources, sounds, who speaks.

"5 min read", "two statements", "three loud bangs", "two senior officers said": the number
counts minutes, documents, noises or speakers, not what happened; nor does a meeting's own
business ("I have two announcements", "three agenda items"). How long a disruption
lasted ("suspended for about 14 hours", "a gap of almost nine hours", "resumed after about
five hours") is the exception: that span is a fact of the report.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_durations_told import told_span
from briefdeck.extract.figure_kept_spans import kept_span
from briefdeck.extract.figure_tolls import CASUALTY_CODES, TOLL_UNITS
from briefdeck.extract.numbers import Quantity
from briefdeck.extract.sentences import Sentence
from briefdeck.extract.uncounted_nouns import (
    ABSTRACT,
    FAMILIAR,
    GAP_OF,
    HALTED_FOR,
    HEARD,
    HEARD_FROM,
    HEARD_SOUNDS,
    LASTED_FOR,
    OUTAGE_UNITS,
    RESUMED_AFTER,
    SOUNDS,
    SOURCING,
    SPAN_UNITS,
    SPEAKING_AFTER,
    SUPPLY_AFTER,
    TIME_UNITS,
    WARNING_AFTER,
    WARNING_UNITS,
    WITHIN,
    WRITING,
)

# The family a soldier leaves ("leaves behind his wife and their two sons", "is survived by
# his wife and two children"): an obituary's kin, not anyone counted in what happened.
_SURVIVED_BY = re.compile(r"\b(?:leaves?\s+behind|left\s+behind|survived\s+by)\s"
                          r"[^.;:!?\n]{0,60}$")
_KIN = frozenset("sons daughters children kids brothers sisters siblings grandchildren "
                 "stepchildren".split())
# A meeting's or a briefing's own business, counted by its chair or spokesperson.
_MEETING_BUSINESS = frozenset({"announcements", "agenda items", "action items", "action points"})
# A bare count, then what became of it: "two were shot down", "three were intercepted".
_DOWNED_AFTER = re.compile(r"\s+(?:were|had\s+been|have\s+been|got)\s+(?:shot\s+down|"
                           r"intercepted|downed)\b")
# The last number before a bare count is a distance ("(43 miles) northeast of Erbil. Two").
_DISTANCE_LAST = re.compile(r"\d\s*(?:km|kilomet(?:er|re)s|miles|mi|nautical\s+miles|nm)\b"
                            r"[^\d\n]{0,160}$")
_BARE_ACRONYM = re.compile(r"[A-Z]{2,6}")
_TOLL_AFTER = re.compile(r"\s+(?:killed|wounded|injured|dead|hurt)\b")
# "two national staff who live in the town told us": who speaks, named by where they live
# (not "mourned three martyrs who fell guarding the border" and said": the mourner speaks)
_WHO_THEN_SPOKE = re.compile(r"\s+who\s+(?:(?!and\b|but\b)[^.;,:\n\"“”])"
                             r"{1,40}?\s+(?:told|said)\b")
# "Two of them have burns and two have fractures": the hurt told by their injuries, a
# breakdown of a toll the event holds
_INJURIES_AFTER = re.compile(r"\s+(?:of\s+them\s+)?(?:have|has|had|suffered|sustained)\s+"
                             r"(?:\w+\s+)?(?:burns|fractures|broken\s+\w+|shrapnel\s+wounds|"
                             r"head\s+injuries|concussions)\b", re.I)


def not_a_tally(text: str, q: Quantity, sent: Sentence, unit: str, phrase: str,
                clip: re.Match[str] | None) -> bool:
    """Is the count, of unit, one of time, sources, sounds or speakers (clip: a video's
    length, read before)?"""
    # "operations were suspended for about 14 hours": how long a disruption lasted is a fact
    # of the report, unlike other spans of time (so is a clip's length, read before)
    lasted = clip or unit in WARNING_UNITS and WARNING_AFTER.match(text, q.end, sent.end) or \
        unit in OUTAGE_UNITS and (HALTED_FOR.search(text, max(sent.start, q.start - 32),
                                                    q.start) or
                                  GAP_OF.search(text, max(sent.start, q.start - 24), q.start) or
                                  RESUMED_AFTER.search(text, max(sent.start, q.start - 60),
                                                       q.start)) or \
        unit in TIME_UNITS and WITHIN.search(text, max(sent.start, q.start - 17),
                                              q.start) or \
        unit in SPAN_UNITS and (LASTED_FOR.search(text, max(sent.start, q.start - 50),
                                                  q.start) or
                                SUPPLY_AFTER.match(text, q.end, sent.end)) or \
        unit in TIME_UNITS and (kept_span(text, q, sent, unit) or  # "adding 10 to 14 days"
                                told_span(text, q, sent))  # "have 30 days to give notice"
    if not lasted and (
            unit in TIME_UNITS or unit in SOURCING or unit in WRITING or (
            unit in ABSTRACT and not (q.value >= 100 and q.text[-1:].isdigit())) or
            unit in CASUALTY_CODES or
            phrase.split(" ", 1)[0].lower() in TIME_UNITS or
            FAMILIAR.match(text, q.end, sent.end)):
        return True  # "5 min read": a duration, whatever follows it (an argument's points
        # are never counted in hundreds: "1,260 messages were exchanged" is a tally)
    if unit in _KIN and not q.money and _SURVIVED_BY.search(text, max(sent.start,
                                                                     q.start - 80), q.start):
        return True  # "leaves behind his wife, Marisol, and their two sons"
    if not unit and not phrase and _DOWNED_AFTER.match(text, q.end, sent.end) and \
            _DISTANCE_LAST.search(text, max(0, q.start - 200), q.start):
        return True  # "... about 70 kilometers (43 miles) northeast of Erbil. Two were shot
        # down": the bare count would borrow the distance told last; what is shot down is
        # never counted in miles
    if phrase and _BARE_ACRONYM.fullmatch(phrase) and not q.money and \
            _TOLL_AFTER.match(text, text.find(phrase, q.end) + len(phrase), sent.end):
        return True  # "1 SFA fighter killed and 2 SFA wounded": a toll by side, which the
        # event holds, not a count of "SFA"
    if unit in _MEETING_BUSINESS:
        return True  # "I have two announcements before I take your questions"
    if not q.money and not q.percent and unit and (
            (noun := unit.rsplit(" ", 1)[-1]) in SOUNDS or noun in HEARD_SOUNDS and
            HEARD.search(text, sent.start, sent.end)):
        return True  # "two loud bangs", "heard three explosions": sounds, not a tally
    if phrase and q.value <= 10 and q.qualifier == "exact" and not q.money and \
            SPEAKING_AFTER.match(text, text.index(phrase, q.end) + len(phrase),
                                  sent.end) and unit not in TOLL_UNITS:
        return True  # "two congressional staffers said": who speaks, not what happened
    if phrase and q.value <= 10 and q.qualifier == "exact" and not q.money and \
            _WHO_THEN_SPOKE.match(text, text.index(phrase, q.end) + len(phrase), sent.end):
        return True  # "two drivers who were at the gate told us": who speaks
    if not phrase and q.value <= 10 and not q.money and \
            _INJURIES_AFTER.match(text, q.end, sent.end):
        return True  # "two have fractures": the wounded by injury, not a new count
    if q.value <= 10 and not q.money and HEARD_FROM.search(
            text, max(sent.start, q.start - 24), q.end - len(q.text.split()[-1])):
        return True  # "testimony from two senior officers": who speaks
    return False
