"""One incident's toll revised across a log's or a thread's stamped entries: one event, the
latest toll.

A crisis-alert log or a message thread tells a strike's toll as it comes in, an entry at a
time: "Health Ministry first toll from the strikes: 3 killed, 11 wounded", hours later
"Health Ministry revised toll: 5 killed, 18 wounded", next day "the ministry's latest toll for
the strikes late Friday is 7 killed and 23 wounded". Each names the toll as a report of a
count already begun (first, revised, latest ...), so each is that incident's count as it stood
at that hour, not a new incident: the drafts they made fold into one carrying the last count.
A happening told in its own words that only took such a report's count as its toll (a rocket
attack told just before the revision) keeps its happening and loses that count.
"""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.event_live_entries import draft_day
from briefdeck.extract.sentences import Sentence

# "first toll", "revised Dahiyeh toll", "Health Ministry's latest toll", "updated death toll":
# a toll named as one telling of a count that changes (a word or three may name whose or where)
TOLL_REPORT = re.compile(
    r"\b(?:first|initial|preliminary|early|earlier|revised|updated|new|newest|latest|final|"
    r"corrected)\s+(?:[\w'’-]+\s+){0,3}?(?:death\s+|casualty\s+)?toll\b",
    re.I,
)
# "the first toll", "an initial toll": the count as it stood before any revision
_FIRST = re.compile(
    r"\b(?:first|initial|preliminary|early|earlier)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:death\s+|casualty\s+)?toll\b",
    re.I,
)
_CUE_WORDS = (
    "first",
    "initial",
    "preliminary",
    "early",
    "earlier",
    "revised",
    "updated",
    "new",
    "latest",
    "final",
    "corrected",
)


def _reports(d: Draft, sentences: list[Sentence]) -> list[int]:
    """The sentences telling d's toll as a first, revised or latest report, in order."""
    out = []
    for i in sorted(d.told_in):
        if not 0 <= i < len(sentences):
            continue
        sent = sentences[i]
        if (
            "toll" in sent.text.lower()
            and TOLL_REPORT.search(sent.text)
            and any(sent.start <= c.start < sent.end for c in d.casualties)
        ):
            out.append(i)
    return out


def fold_revised_tolls(
    text: str, sentences: list[Sentence], drafts: list[Draft], stamp_days: list[str]
) -> list[Draft]:
    """drafts, with the toll reports of one incident told across stamped entries folded into
    the draft holding the latest report (dated by the incident's first day); stamp_days: the
    day of each entry's stamp, by entry."""
    low = text.lower()
    if "toll" not in low or not any(w in low for w in _CUE_WORDS):
        return drafts  # no toll named as a report: most documents
    tolled = [
        (d, r)
        for d in drafts
        if d.kind in VIOLENT
        and d.casualties
        and not d.other
        and d.entry >= 0
        and draft_day(d) is not None
        and (r := _reports(d, sentences))
    ]
    if len({d.entry for d, _ in tolled}) < 2:
        return drafts  # one report, or all in one entry: nothing told across entries
    # one incident only: its reports within a day of each other, at no two different sites
    days = [draft_day(d) for d, _ in tolled]
    if (max(days) - min(days)).days > 1:  # type: ignore[operator]
        return drafts
    sites = [d.sites for d, _ in tolled if d.sites]
    if any(s != sites[0] for s in sites):
        return drafts
    # the latest report: never one named first or initial; of the others, the last told when
    # the entries run oldest first (a log), the first told when newest first (a live blog)
    later = [(d, r) for d, r in tolled if not _FIRST.search(sentences[r[-1]].text)]
    if not later:
        return drafts
    order = [
        stamp_days[d.entry] if d.entry < len(stamp_days) else ""
        for d, _ in sorted(tolled, key=lambda dr: dr[1][-1])
    ]
    if len(later) == 1:
        latest = later[0][0]
    elif order == sorted(order) and order[0] != order[-1]:
        latest = max(later, key=lambda dr: dr[1][-1])[0]
    elif order == sorted(order, reverse=True) and order[0] != order[-1]:
        latest = min(later, key=lambda dr: dr[1][-1])[0]
    else:
        return drafts  # which revision came last is not told by the page's order
    first_day = min(days)
    gone: set[int] = set()
    for d, rows in tolled:
        if d is latest:
            continue
        spans = [(sentences[i].start, sentences[i].end) for i in rows]
        own = [c for c in d.casualties if not any(a <= c.start < b for a, b in spans)]
        if min(d.told_in) in rows:  # the draft is only a toll report: folded in
            latest.told_in |= d.told_in
            if not latest.sites and d.sites:
                latest.locate(d.mentions)
                latest.places = latest.places or list(d.places)
            gone.add(id(d))
        else:  # a happening of its own that took a report's count: the count goes
            d.casualties = own
    if latest.date is not None and draft_day(latest) != first_day:
        earliest = min((d for d, _ in tolled), key=lambda d: d.start)
        if draft_day(earliest) == first_day:
            latest.date = earliest.date  # the incident's day, not the revision's
    return [d for d in drafts if id(d) not in gone] if gone else drafts
