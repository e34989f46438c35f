"""Air defences whose arrival the report tells as background, not as news.

"The attack comes only weeks after a Patriot battery arrived there in October": the battery
was there before the news; a BLUF saying "Patriot air defences arrive" would brief an old
arrival as today's. An arrival is background when a sentence naming the system tells it in the
past tense and sets it before something else ("weeks after ... arrived", "since ... arrived")
or dates it to a month (with its year) before the latest month the report's events tell.
A deployment still to come or under way ("will be deployed in March", "a second battery is on
its way") is news, so a system any sentence tells that way stays arriving.
"""

from __future__ import annotations

import re
from typing import Any

from briefdeck.geo.textnorm import at_word_start

_PAST_ARRIVAL = (r"(?:arrived|(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                 r"(?:deployed|installed|emplaced|set\s+up)|(?<!to\s)(?<!be\s)deployed)")
_BEFORE_NEWS = re.compile(r"\b(?:(?:days|weeks|months)\s+after|since)\b[^.;]{0,60}\b"
                          + _PAST_ARRIVAL + r"\b", re.I)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_ARRIVED_IN = re.compile(r"\b" + _PAST_ARRIVAL + r"\b[^.;]{0,30}?\bin\s+("
                         + "|".join(_MONTH_NAMES) + r")(?:,?\s+((?:19|20)\d\d))?\b")
# An arrival still to come or under way: the system is arriving, whatever else is told.
_STILL_COMING = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated)\s+to|"
    r"(?:is|are)\s+to|to\s+be)\s+(?:\w+\s+)?(?:be\s+)?(?:deployed|arriv\w*|installed|sent|"
    r"emplaced|moved|shipped)\b|\b(?:on\s+(?:its|their)\s+way|en\s+route|in\s+transit|"
    r"(?:is|are)\s+(?:being\s+)?(?:deploying|arriving|being\s+deployed|being\s+sent)|"
    r"(?:is|are)\s+heading)\b", re.I)


def _month_before(m: re.Match[str], latest: str) -> bool:
    """Is the arrival's month, in its year, before the latest event's month? With no year
    written, a past arrival's month is the last one not after the latest event's."""
    if len(latest) < 7:
        return False
    year, month = int(latest[:4]), int(latest[5:7])
    told = _MONTH_NAMES.index(m.group(1)) + 1
    told_year = int(m.group(2)) if m.group(2) else (year if told <= month else year - 1)
    return (told_year, told) < (year, month)


def background_arrival(system: Any, latest: str, doc: Any) -> bool:
    """Does the report tell this arriving system's arrival as past, before its news, and
    nowhere as still to come?"""
    # (opening on the name's letters, not on \b, when it opens on one: the scan of the whole
    # text jumps to them instead of trying every position)
    opening = at_word_start(system.name) if system.name[:1].isalnum() or \
        system.name[:1] == "_" else r"\b" + re.escape(system.name)
    name = re.compile(opening + r"\b", re.I)
    spans = {(sent.start, sent.end) for m in name.finditer(doc.text)
             if (sent := doc.sentence_at(m.start())) is not None}
    if system.provenance is not None and (sent := doc.sentence_at(system.provenance.start)):
        spans.add((sent.start, sent.end))
    told_before = False
    for start, end in spans:
        sentence_text = doc.text[start:end]
        if _STILL_COMING.search(sentence_text):
            return False
        if _BEFORE_NEWS.search(sentence_text):
            told_before = True
        elif (m := _ARRIVED_IN.search(sentence_text)) and _month_before(m, latest):
            told_before = True
    return told_before


def with_background_arrivals_deployed(systems: list[Any], events: list[Any],
                                      doc: Any) -> list[Any]:
    """The systems, each arriving one whose arrival the report tells as background made
    "deployed", so the fact table, the key facts and the BLUF say the same of it."""
    latest = max((e.date for e in events if e.date), default="")
    return [s.model_copy(update={"posture": "deployed"})
            if s.posture == "arriving" and background_arrival(s, latest, doc) else s
            for s in systems]
