"""A police or military-police blotter: the desk's entries of a week under day headings
("WEDNESDAY, 02 DEC 2026" alone on its line), each opened by a line giving the entry's time,
what was reported and where ("2341 | HOSTILE ACT - UAS ATTACK | Tower row C"), then the desk's
own words. A later entry that updates an earlier one says so in its title ("UPDATE - HOSTILE
ACT (ref. 2341, 02 DEC)") and keeps a running count ("Total injured: 3.", then "Total injured:
4 (two soldiers, one contractor, one guard)").

Prose reading finds little in such entries (the desk writes "one impacted between the tents",
no action word, and its updates name no day), so a blotter is read here as its entries:
- an entry whose title names a hostile act (an attack, indirect fire, rockets, mortars, an
  IED, a drone impact) and is no update is an attack on its heading's day, at the installation
  the blotter's header names (the desk's own base: its entries never name it);
- its toll is the last running total it or its updates give (the desk's latest word); with
  none, the toll is left unknown rather than read from a first report;
- what prose drafted from that entry and its updates is the same incident told again.
Every other violent happening the blotter tells with no place (a note recalling earlier
attacks) happened at that base too.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from briefdeck.extract.casualty_rows import count_of
from briefdeck.extract.event_draft import BROAD_PRECISIONS, VIOLENT
from briefdeck.extract.places import PlaceMention, find_place_mentions
from briefdeck.extract.sentences import build_document
from briefdeck.extract.toll_parties import party_of
from briefdeck.model import Casualties, Event, Provenance

_MONTHS = {m: n for n, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1)}
# "WEDNESDAY, 02 DEC 2026", "Wednesday 2 December 2026" alone on its line
_HEADING = re.compile(
    r"^[ \t]*+(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?[ \t]++(?P<d>\d{1,2})[ \t]++"
    r"(?P<mon>[A-Z]{3})[A-Z]{0,6}+\.?,?[ \t]++(?P<y>20\d\d)[ \t]*+$", re.M | re.I)
# "2341 | HOSTILE ACT - UAS ATTACK | LSA 4": the entry's time, its title, where
_ENTRY = re.compile(r"^[ \t]*+(?P<time>[0-2]\d[0-5]\d)[ \t]*+\|[ \t]*+(?P<title>[^|\n]{3,90}+)"
                    r"(?:\|[^\n]{0,120}+)?$", re.M)
_HOSTILE = re.compile(r"\b(?:HOSTILE\s+ACT|ATTACK|INDIRECT\s+FIRE|IDF|ROCKETS?|MORTARS?|"
                      r"V?B?IED|EXPLOSION|UAS\s+IMPACT|DRONE\s+IMPACT|SMALL\s+ARMS\s+FIRE)\b", re.I)
# an update's title: "UPDATE - HOSTILE ACT (ref. 2341, 02 DEC)"
_UPDATE = re.compile(r"\bUPDATE\b", re.I)
_REF = re.compile(r"\bref\.?[ \t]*+(?P<time>[0-2]\d[0-5]\d),?[ \t]*+(?P<d>\d{1,2})[ \t]*+"
                  r"(?P<mon>[A-Z]{3})", re.I)
# "Total injured: 4 (two U.S. Soldiers, one contractor, one guard)"
_TOTAL = re.compile(r"\bTotal[ \t]++(?P<kind>injured|wounded|WIA|killed|dead|KIA):?[ \t]*+"
                    r"(?P<n>\d{1,3}|no|none|zero|one|two|three|four|five|six|seven|eight|nine|"
                    r"ten)\b(?:[ \t]*+\((?P<parts>[^()\n]{3,160}+)\))?", re.I)
_PART = re.compile(r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]++"
                   r"(?P<who>[^,;]{2,60})$", re.I)
_MIN_ENTRIES = 3  # fewer entry lines is no blotter
_HEAD_REACH = 1500  # how far above the first day heading the header's fields sit


def _day(m: re.Match[str], year: int | None = None) -> date | None:
    month = _MONTHS.get(m.group("mon").upper())
    try:
        return date(year or int(m.group("y")), month, int(m.group("d"))) if month else None
    except ValueError:
        return None


def _base(text: str, end: int, places: list[PlaceMention]) -> str:
    """The installation the blotter's header names (an installation first, else the finest
    place), looked up in the header itself when reading skipped it as a letterhead."""
    start = max(0, end - _HEAD_REACH)
    named = [p for p in places if start <= p.start < end]
    if not named:
        named = find_place_mentions(build_document(text[start:end], []))
    named = [p for p in named if p.precision not in BROAD_PRECISIONS and not p.locator]
    if not named:
        return ""
    return max(named, key=lambda p: (p.precision == "installation", -p.start)).key


def _parties(parts: str | None, total: int) -> list[Casualties]:
    """The groups a running total lists, when they add up to it."""
    rows: list[Casualties] = []
    for part in (parts or "").split(","):
        m = _PART.match(part.strip())
        n = count_of(m.group("n")) if m else None
        if m is None or not n:
            return []
        words = m.group("who").strip()
        party = party_of(words)
        rows.append(Casualties(party=words if party == "unspecified" else party, wounded=n))
    return rows if sum(r.wounded for r in rows) == total else []


def blotter_events(text: str, places: list[PlaceMention], events: list[Event]
                   ) -> list[Event] | None:
    """The events with each hostile entry of a blotter as one attack in place of what prose
    drafted from it and its updates, or None when the text is no blotter with such an entry."""
    headings = list(_HEADING.finditer(text))
    if len(headings) < 2:
        return None
    entries = [m for m in _ENTRY.finditer(text, headings[0].end())]
    if len(entries) < _MIN_ENTRIES:
        return None
    starts = sorted([m.start() for m in headings] + [m.start() for m in entries])
    # each entry's day (its heading's) and span (up to the next entry or heading); each
    # update under the entry it refers back to ("ref. 2341, 02 DEC")
    spans: dict[int, tuple[date, int]] = {}
    updates: dict[tuple[str, date], list[int]] = {}
    h = 0
    for m in entries:
        while h + 1 < len(headings) and headings[h + 1].start() < m.start():
            h += 1
        day = _day(headings[h])
        k = bisect.bisect_right(starts, m.start())
        if day is None:
            continue
        spans[m.start()] = (day, starts[k] if k < len(starts) else len(text))
        ref = _REF.search(m.group("title")) if _UPDATE.search(m.group("title")) else None
        if ref is not None and (on := _day(ref, day.year)) is not None:
            updates.setdefault((ref.group("time"), on), []).append(m.start())
    hostile = [m for m in entries if m.start() in spans and _HOSTILE.search(m.group("title"))
               and not _UPDATE.search(m.group("title"))]
    if not hostile:
        return None
    base = _base(text, headings[0].start(), places)
    made: list[Event] = []
    regions: list[tuple[int, int]] = []
    for m in hostile:
        day, end = spans[m.start()]
        parts = [(m.start(), end), *((u, spans[u][1]) for u in updates.get(
            (m.group("time"), day), []))]
        totals = [t for a, b in parts for t in _TOTAL.finditer(text, a, b)]
        killed = wounded = None
        rows: list[Casualties] = []
        if totals:
            dead = [t for t in totals if t.group("kind").lower() in ("killed", "dead", "kia")]
            hurt = [t for t in totals if t not in dead]
            # (a kind no total counts is left unknown, never read as none)
            killed = count_of(dead[-1].group("n")) or 0 if dead else None
            wounded = count_of(hurt[-1].group("n")) or 0 if hurt else None
            if hurt and not dead:
                rows = _parties(hurt[-1].group("parts"), wounded)
        regions += parts
        made.append(Event(
            id="ev-0", date=day.isoformat(), date_precision="day",
            date_text=text[m.start("time"):m.end("time")] + " " + day.strftime("%d %b %Y"),
            kind="attack", summary=m.group("title").strip()[:200], place=base,
            killed=killed, wounded=wounded, casualties=rows,
            provenance=Provenance(source="src-1", start=m.start(), end=end)))
    regions = sorted(set(regions))  # (entries do not overlap: each ends where the next opens)
    kept = [e for e in events if not _told_again(e, regions)]
    for e in kept:
        at = e.provenance.start if e.provenance is not None else -1
        if base and e.kind in VIOLENT and not e.place and at >= headings[0].start():
            e.place = base  # (a note recalling the base's earlier attacks)
    numbers = [int(e.id[3:]) for e in kept if e.id.startswith("ev-") and e.id[3:].isdigit()]
    first = max(numbers, default=-1) + 1
    for k, e in enumerate(made):
        e.id = f"ev-{first + k}"
    return kept + made


def _told_again(e: Event, regions: list[tuple[int, int]]) -> bool:
    """Was the event drafted inside an entry read as a hostile one (regions: sorted, apart)?"""
    at = e.provenance.start if e.provenance is not None else -1
    k = bisect.bisect_right(regions, (at, float("inf"))) - 1  # the last one opening by at
    return k >= 0 and regions[k][0] <= at < regions[k][1]
