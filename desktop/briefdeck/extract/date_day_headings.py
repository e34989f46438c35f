"""A report filed day by day under dated headings: "Sunday, November 22: Muwaffaq Salti Air
Base, Jordan" alone on its line, then that day's paragraphs (a trip report's itinerary, a
travel log). "Last Tuesday" in such a section counts from the heading's day, as a reader of a
dated itinerary counts it, not from the day the whole report is dated (which would put the
attack briefed on the 22nd two days after the visit)."""

from __future__ import annotations

import bisect
import re
from datetime import date

from briefdeck.extract.dates import DateMention, find_dates
from briefdeck.extract.sentences import Document

# "Sunday, November 22", "Thursday, 19 November 2026: Manama, Bahrain" alone on a line
_HEADING = re.compile(
    r"^[ \t]*+(?P<day>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]++"
    r"(?:[A-Z][a-z]{2,8}+\.?[ \t]++\d{1,2}|\d{1,2}[ \t]++[A-Z][a-z]{2,8}+)(?:,?[ \t]++\d{4})?)"
    r"(?:[ \t]*+[:\u2013\u2014-][ \t]*+[A-Z][^.!?:\n]{0,60}+)?[ \t]*+$",
    re.M,
)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_MIN_HEADINGS = 3  # fewer is no day-by-day report


def headed_days(doc: Document, found: list[DateMention], pub: date) -> list[DateMention]:
    """found, with each weekday named under a day heading counted from that heading's day."""
    text = doc.text
    if "day, " not in text:
        return found
    heads: list[tuple[int, int, date]] = []
    for m in _HEADING.finditer(text):
        days = find_dates(text, pub, m.start("day"), m.end("day"))
        if len(days) == 1 and days[0].precision == "day" and days[0].iso <= pub.isoformat():
            heads.append((m.start(), m.end(), date.fromisoformat(days[0].iso)))
    if len(heads) < _MIN_HEADINGS or len({d for _, _, d in heads}) < _MIN_HEADINGS:
        return found
    out = list(found)
    starts = [h[0] for h in heads]
    for k, d in enumerate(found):
        n = bisect.bisect_right(starts, d.start) - 1
        if (
            n < 0
            or d.start < heads[n][1]
            or d.precision != "day"
            or not _WEEKDAY.search(d.text)
            or any(ch.isdigit() for ch in d.text)
        ):
            continue
        # (a heading may run into its first paragraph as one sentence: read from its end)
        sent = doc.sentences[doc.sentence_index(d.start)]
        s0, day = max(sent.start, heads[n][1]), heads[n][2]
        again = [x for x in find_dates(text, day, s0, sent.end) if x.start == d.start]
        if again and again[0].end == d.end:
            out[k] = again[0]
    return out
