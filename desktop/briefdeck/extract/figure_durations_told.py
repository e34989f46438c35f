"""Spans of time a report states as facts, beyond a disruption's length.

Most spans of time are no tally ("a 5 min read", "served two years"), but some are what the
reader must act on or plan around: a deadline given ("employees have 30 days to give
notice"), a forecast ("that may be in 10 to 14 days"), a wait ("patients wait 60 to 90
minutes"), a waiver or a hold ("will waive charges for 7 days", "may be held for up to 2
hours"), a ration of supply ("six to eight hours a day"), a journey ("about 3 hours away by
road"), the gap between two strikes ("about 20 minutes later, a second strike"), an incident
told by how it ended ("extinguished after about four hours") and the window a count falls in
("four incidents in eight days").
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity
from briefdeck.extract.sentences import Sentence

# "employees have 30 days to give notice": a deadline the report sets out (not a judge's
# "you have fourteen days to", which the court tells the one it sentences)
_HAVE_BEFORE = re.compile(r"\b(\w+)\s+(?:have|has|had|are\s+given|is\s+given|get|gets)\s+"
                          r"(?:only\s+|just\s+)?$", re.I)
_TO_VERB_AFTER = re.compile(r"\s+(?:hours|days|weeks|months)\s+to\s+[a-z]")
_SPOKEN_TO = frozenset({"you", "we", "i"})
# "that may be in 10 to 14 days", "will reopen in two weeks": when something is expected
_FORECAST_BEFORE = re.compile(r"\b(?:may|might|will|could|should|would)\s+(?:\w+\s+){0,2}?"
                              r"in\s+$", re.I)
# "wait 60 to 90 minutes on average", "waited 14 months for its first delivery": how long
# people wait for help or goods (not a stay, "the convoy waited for 20 days at the crossing")
_WAIT_BEFORE = re.compile(r"\bwait(?:s|ed|ing)?\s+$", re.I)
# "will waive storage charges for 7 days", "may be held for up to 2 hours": a relief or a
# hold the notice grants or warns of
_HOLD_BEFORE = re.compile(r"\b(?:waiv\w*(?:\s+[\w-]+){0,3}?|(?:be|been|being|is|are|was|were)"
                          r"\s+held|extended|postponed|deferred)\s+for\s+$", re.I)
# "six to eight hours a day": how many hours a supply runs (not "24 hours a day", a desk's
# standing hours)
_RATION_AFTER = re.compile(r"\s+(hours|minutes)\s+(?:of\s+(?:[\w-]+\s+){1,2})?(?:a|per)\s+"
                           r"(day|week)\b")  # ("eight hours of grid power a day")
# "about 3 hours away by road", "a 40 minutes' drive": how far, told in time
_JOURNEY_AFTER = re.compile(r"\s+(?:hours|minutes)(?:['’]s?)?\s+(?:away|drive|walk|"
                            r"by\s+(?:road|car|bus|boat))\b")
# "a fire extinguished after about four hours", "the skiffs broke away after 20 minutes": how
# long an incident went on, told by how it ended
_ENDED_AFTER = re.compile(r"\b(?:extinguished|put\s+out|contained|brought\s+under\s+control|"
                          r"broke\s+(?:away|off))\s+after\s+$", re.I)
# "four incidents in eight days", "seven attacks in the past three weeks": the window a count
# falls in
# (not a distance or an amount covered in that time: "moved 375 kilometres in two days")
_WINDOW_BEFORE = re.compile(r"(?<![\w-])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|"
                            r"nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|several)"
                            r"\s+(?:[a-z-]+\s+)?(?!(?:kilomet|met|mile|feet|foot|yard|ton|litre|"
                            r"liter|gallon|barrel|dollar|pound|euro|percent)\w*\s)[a-z]+s\s+in\s+"
                            r"(?:the\s+(?:last|past)\s+)?$", re.I)
# "About 20 minutes later, a second strike": the gap between two blows
_LATER_AFTER = re.compile(r"\s+(?:minutes|seconds)\s+later\b")


def told_span(text: str, q: Quantity, sent: Sentence) -> bool:
    """Is the span of time q (a count of minutes, hours, days, ...) one the report states as
    a deadline, a forecast, a wait, a hold, a ration, a journey, a gap between strikes, an
    incident's length or a count's window?"""
    if q.money or q.percent or q.vague:
        return False
    before = max(sent.start, q.start - 48)
    if _TO_VERB_AFTER.match(text, q.end) and (have := _HAVE_BEFORE.search(text, before,
                                                                          q.start)):
        return have.group(1).lower() not in _SPOKEN_TO
    if _LATER_AFTER.match(text, q.end) or _JOURNEY_AFTER.match(text, q.end, sent.end) or \
            span_ration(text, q):
        return True
    return bool(_FORECAST_BEFORE.search(text, before, q.start) or
                _WAIT_BEFORE.search(text, before, q.start) or
                _HOLD_BEFORE.search(text, before, q.start) or
                _ENDED_AFTER.search(text, before, q.start) or
                _WINDOW_BEFORE.search(text, before, q.start))


def span_ration(text: str, q: Quantity) -> str:
    """'hours a day' when q counts the hours a supply runs each day (or week), else ''."""
    m = _RATION_AFTER.match(text, q.end)
    if m is None or q.vague or (q.value == 24 and m.group(2) == "day"):
        return ""
    return f"{m.group(1)} a {m.group(2)}"
