"""Air defences whose arrival the report tells as background, not as news.

"The attack comes only weeks after a Patriot battery arrived there in October": the battery
was there before the news; a BLUF saying "Patriot air defences arrive" would brief an old
arrival as today's. An arrival is background when its sentence sets it before something else
("weeks after ... arrived", "since ... arrived") or dates it to a month before the latest
month the report's events tell.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

_BEFORE_NEWS = re.compile(r"\b(?:(?:days|weeks|months)\s+after|since)\b[^.;]{0,60}\b"
                          r"(?:arrived|deployed|was\s+(?:installed|emplaced|set\s+up))\b", re.I)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_ARRIVED_IN = re.compile(r"\b(?:arrived|deployed|installed)\b[^.;]{0,30}?\bin\s+("
                         + "|".join(_MONTH_NAMES) + r")\b")


def earlier_arrivals(systems: list[Any], events: list[Any], doc: Any) -> set[str]:
    """Names of the arriving air defences the report tells as there before its news."""
    latest = max((e.date for e in events if e.date), default="")
    starts = [s.start for s in doc.sentences]
    out = set()
    for s in systems:
        if s.posture != "arriving" or s.provenance is None:
            continue
        i = bisect_right(starts, s.provenance.start) - 1
        if i < 0:
            continue
        sent = doc.sentences[i]
        words = doc.text[sent.start:sent.end]
        if _BEFORE_NEWS.search(words):
            out.add(s.name)
            continue
        m = _ARRIVED_IN.search(words)
        month = _MONTH_NAMES.index(m.group(1)) + 1 if m else 0
        if month and len(latest) >= 7 and month < int(latest[5:7]):
            out.add(s.name)
    return out


def settled_arrivals(systems: list[Any], events: list[Any], doc: Any) -> list[Any]:
    """The systems with each background arrival made "deployed", so the fact table, the key
    facts and the BLUF say the same of it."""
    earlier = earlier_arrivals(systems, events, doc)
    return [s.model_copy(update={"posture": "deployed"}) if s.name in earlier else s
            for s in systems] if earlier else systems
