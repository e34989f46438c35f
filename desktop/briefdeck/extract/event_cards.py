"""Incident-tracker cards: a page that logs each incident as a card of its own, its day alone on
the first line ("Dec. 2, 2026"), then a line or two of heading without a full stop (the place,
"Bab el-Mandeb, about 30 miles northwest of Mokha"; the kind, "Cruise missile, ship hit"), then
what happened, then labelled lines ("Tally: 1 crew killed, 2 wounded", "Source: ...").

Each card is read like a brief's dated section (stamped_entries.py): what it tells happened on
its day, its tolls are its own, its place the first named in its heading. A page is read so
only when two cards or more each have such a heading and a body; the last card ends at the
next heading of the page's own ("How we count"), a short line with no label or full stop.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefdeck.extract.casualties import Casualty, find_casualties
from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.places import PlaceMention, find_place_mentions
from briefdeck.extract.sentences import build_document
from briefdeck.extract.stamped_entries import Entry, stamp_day

# a line that is only a full day, a paragraph's first: "Dec. 2, 2026", "Tuesday, 2 December
# 2026", "2026-12-02" (found from the blank line before it: fast on a long text)
_DAY_ONLY = re.compile(
    r"\n\n[ \t]*(?P<day>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?"
    r"[ \t]+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d))[ \t]*$", re.M)
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?[ \t]*$")
_HEAD_WORDS = 12  # a heading line longer than this is the card's story already
_LABEL = re.compile(r"[A-Z][\w ]{0,20}:")  # "Tally:", "Source:": a card's own field


def card_entries(text: str, pub: date) -> list[Entry]:
    """The cards of an incident tracker, as sections on their days; none for other pages."""
    found = list(_DAY_ONLY.finditer(text))
    if len(found) < 2:
        return []
    cards = []
    for n, m in enumerate(found):
        stop = found[n + 1].start() + 2 if n + 1 < len(found) else len(text)
        lines = [(s, ln) for s, ln in _lines(text, m.end() + 1, stop) if ln.strip()]
        head = []
        for s, ln in lines[:3]:
            if _SENTENCE_END.search(ln) or len(ln.split()) > _HEAD_WORDS:
                break
            head.append(s + len(ln))
        if not head or len(head) == len(lines) or not _SENTENCE_END.search(
                text, lines[len(head)][0], _paragraph_end(text, lines[len(head)][0], stop)):
            continue  # no heading, or no story under it: a day heading of something else
        day = stamp_day(text, m.start("day"), m.end("day"), pub)
        if day is None:
            continue
        if n + 1 == len(found):  # the last card: up to the page's next heading
            stop = next((s for s, ln in lines[len(head) + 1:] if len(ln.split()) <= 6 and
                         not _SENTENCE_END.search(ln) and not _LABEL.match(ln.strip())), stop)
        cards.append(Entry(m.end(), stop, day, filed=False, head=(m.start() + 2, head[-1])))
    return cards if len(cards) >= 2 else []


def _paragraph_end(text: str, start: int, stop: int) -> int:
    """Where the paragraph that opens at start ends (its last line's end)."""
    gap = text.find("\n\n", start, stop)
    return (stop if gap == -1 else gap) if not text.endswith("\n", 0, stop) or gap != -1 \
        else stop - 1


def _lines(text: str, start: int, stop: int):
    """(start, text) of the lines between start and stop."""
    while start < stop:
        end = text.find("\n", start, stop)
        end = stop if end == -1 else end
        yield start, text[start:end]
        start = end + 1


# "east of Aden", "off Hodeidah": the town a place in the heading is measured from
_MEASURED_FROM = re.compile(r"\b(?:of|off|from|near)\s+(?:the\s+)?$")
# "Tally: 1 crew killed, 2 wounded", "Toll: none reported": the card's own count of its incident
_TALLY = re.compile(r"^[ \t]*(?:Tally|Toll|Casualties|Killed\s*/\s*wounded)[ \t]*:[ \t]*(?=\S)",
                    re.M | re.I)
_NONE = re.compile(r"(?:no(?:ne)?\b|nil\b|0\b)[^\n]{0,20}$", re.I)


def is_card(e: Entry) -> bool:
    """Is the entry a card (its heading runs past its day line, into the entry), not a brief's
    section (its heading ends where its body starts) or a list's line?"""
    return not e.filed and not e.lined and e.head[1] > e.start


def page_summary_dropped(entries: list[Entry], drafts: list[Draft]) -> list[Draft]:
    """drafts, less a happening told before a tracker's first card with no day of its own
    ("resumed attacks in mid-September ... at least three seafarers have been killed this
    autumn"): the page's summary of the cards below, no incident of its own."""
    cards = [e for e in entries if is_card(e)]
    if len(cards) < 2:
        return drafts
    first = cards[0].head[0]
    return [d for d in drafts if d.start >= first or d.kind not in VIOLENT or (
        d.date is not None and d.date.precision == "day")]


def card_tallies(text: str, entries: list[Entry], drafts: list[Draft]) -> None:
    """A card's tally line is its incident's toll as the tracker keeps it (revised when its
    source revises it): the card's first violent happening takes it over the body's own words
    ("two crew injured; a third ... died the next day"), and "no casualties" is none hurt."""
    for n, e in enumerate(entries):
        if not is_card(e):
            continue
        m = _TALLY.search(text, e.start, e.end)
        if m is None:
            continue
        end = text.find("\n", m.end(), e.end)
        end = e.end if end == -1 else end
        toll = find_casualties(text, m.end(), end)
        if not toll and _NONE.match(text, m.end(), end):
            toll = [Casualty(m.end(), end, k, 0, "unspecified", wording=text[m.end():end])
                    for k in ("killed", "wounded")]
        if not toll:
            continue
        own = [d for d in drafts if d.section == n and d.kind in VIOLENT]
        for k, d in enumerate(own):
            d.casualties = toll if k == 0 else []
        if own and (where := _heading_place(text, e)) is not None:
            own[0].places = [where.name, *(p for p in own[0].places if p != where.name)][:3]
            own[0].locate([where])


def _heading_place(text: str, e: Entry) -> PlaceMention | None:
    """Where a card's heading puts its incident: the first place it names smaller than a sea
    or a country ("Bab el-Mandeb, about 30 miles northwest of Mokha"), else the town it
    measures from ("Gulf of Aden, about 80 nautical miles east of Aden": Aden)."""
    head = text[e.head[0]:e.head[1]]
    found = [replace(p, start=p.start + e.head[0], end=p.end + e.head[0])
             for p in find_place_mentions(build_document(head, []))]
    for from_town in (False, True):
        for p in found:
            measured = _MEASURED_FROM.search(text, max(e.head[0], p.start - 12), p.start)
            if p.precision != "country" and (measured is not None) == from_town:
                return p
    return None
