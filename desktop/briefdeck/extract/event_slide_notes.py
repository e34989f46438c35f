"""Slide decks exported with their speaker notes ("Notes Pages"): each slide's bullets and its
notes tell the same happenings twice.

A slide lists its happenings as terse dated bullets ("Sat 28 Nov: 2x explosive UAS at X base")
with the count under it as a source's shorthand ("IDF: 2 lightly wounded (Sat) -> 1 killed, 4
wounded + 1 civilian (Mon)": the count after the last arrow is the latest). The presenter's
notes under the slide retell the same happenings in sentences ("On Monday it said one soldier
had died ..."): a report of a listed happening on a later day is that happening's count, not
a happening of that day, and a placeless retelling on a listed day is the listed happening.
So, slide by slide: a listed happening takes the count bulleted under it and its bullet's
place; the notes' reports and retellings of it are folded into it; and a bullet with no day
that tells a fear ("fear of wider strikes on X") tells no happening.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.dates import find_dates
from briefdeck.extract.event_draft import VIOLENT
from briefdeck.extract.places import PlaceMention
from briefdeck.ingest.speaker_notes import bullet_lines, slide_records
from briefdeck.model import Event
from briefdeck.model.facts import Casualties

# "Sat 28 Nov:", "Tue 1 Dec:": a bullet that opens with its day lists a happening
_DAY_OPENS = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*+\.?[ \t]++\d{1,2}[ \t]++"
    r"[A-Z][a-z]{2,8}+\.?(?:[ \t]++\([^)\n]{0,20}\))?[ \t]*+:"
)
# "IDF:", "MoPH:", "MDA:": a count bulleted as its source's word
_SOURCE_OPENS = re.compile(r"[A-Z][\w.'-]{1,20}(?:[ \t][A-Z][\w.'-]{1,20}){0,2}:[ \t]")
# a count in shorthand: "4 wounded", "1 civilian lightly hurt", "7 killed"; "+ 1 civilian"
_COUNT = re.compile(
    r"(?P<n>\d{1,4})[ \t]++(?:[a-z]++[ \t]++){0,2}?"
    r"(?P<kind>killed|dead|wounded|injured|hurt)\b"
)
_MORE = re.compile(r"\+[ \t]*+(?P<n>\d{1,4})[ \t]++(?P<who>[a-z]++)")
_FEAR = re.compile(r"\bfears?[ \t]++of\b", re.I)
# a report told in the notes: "it said", "raised it on Monday to"
_REPORT = re.compile(r"\b(?:said|says|raised|revised|updated)\b")


def _count(line: str) -> list[Casualties] | None:
    """The latest count a source's bullet gives (after its last arrow), else None."""
    told = line.rsplit("->", 1)[-1] if "->" in line else line
    killed = wounded = extra = 0
    kind = ""
    found = False
    pos = 0
    while True:
        m = _COUNT.search(told, pos)
        more = _MORE.search(told, pos)
        if more is not None and (m is None or more.start() < m.start()) and kind:
            extra += int(more.group("n")) if kind == "wounded" else 0
            killed += int(more.group("n")) if kind == "killed" else 0
            pos = more.end()
            continue
        if m is None:
            break
        found = True
        kind = "killed" if m.group("kind") in ("killed", "dead") else "wounded"
        if kind == "killed":
            killed += int(m.group("n"))
        else:
            wounded += int(m.group("n"))
        pos = m.end()
    if not found:
        return None
    rows = [Casualties(party="unspecified", killed=killed, wounded=wounded)]
    if extra:
        rows.append(Casualties(party="civilian", killed=0, wounded=extra))
    return rows


def _totals(rows: list[Casualties]) -> tuple[int, int]:
    return sum(c.killed for c in rows), sum(c.wounded for c in rows)


def _set(e: Event, rows: list[Casualties]) -> None:
    e.casualties = rows
    e.killed, e.wounded = _totals(rows)


def _at(e: Event) -> int:
    return e.provenance.start if e.provenance is not None else -1


def slide_note_events(
    text: str, events: list[Event], places: list[PlaceMention], pub: date
) -> list[Event]:
    """events, with each slide's listed happenings told once (see the module's doc)."""
    slides = slide_records(text)
    if not slides:
        return events
    gone: set[int] = set()
    for start, end, notes in slides:
        here = [e for e in events if start <= _at(e) < end and e.kind in VIOLENT]
        if not here:
            continue
        listed: dict[str, Event] = {}  # a listed day -> its happening
        last: Event | None = None
        for b0, b1 in bullet_lines(text, start, notes):
            line = text[b0:b1]
            if _DAY_OPENS.match(line):
                last = None
                days = [d for d in find_dates(text, pub, b0, b1) if d.precision == "day"]
                if not days:
                    continue
                on_day = [e for e in here if e.date == days[0].iso]
                if not on_day:
                    continue
                last = next((e for e in on_day if e.place), on_day[0])
                listed[days[0].iso] = last
                if not last.place and (
                    at := [
                        p
                        for p in places
                        if b0 <= p.start < b1
                        and p.precision not in ("country", "province", "region")
                    ]
                ):
                    last.place = at[0].name  # the bullet's place ("at X base")
                continue
            if (
                _SOURCE_OPENS.match(line)
                and last is not None
                and (rows := _count(line)) is not None
            ):
                _set(last, rows)  # the latest count bulleted under the happening
                continue
            if _FEAR.search(line) and not find_dates(text, pub, b0, b1):
                gone.update(id(e) for e in here if b0 <= _at(e) < b1)
        if not listed:
            continue
        first_day = min(listed)
        kept_ids = {id(k) for k in listed.values()}
        for e in here:
            if id(e) in gone or id(e) in kept_ids or e.place or not notes <= _at(e) < end:
                continue
            said = _REPORT.search(text, _at(e), e.provenance.end) is not None  # type: ignore[union-attr]
            if e.date in listed:  # the notes retell a listed happening
                kept = listed[e.date]
                if _totals(e.casualties) > _totals(kept.casualties) and not said:
                    _set(kept, list(e.casualties))
                gone.add(id(e))
            elif said and e.date and len(e.date) == 10 and e.date > first_day:
                gone.add(id(e))  # a report of a listed happening on a later day
    return [e for e in events if id(e) not in gone] if gone else events
