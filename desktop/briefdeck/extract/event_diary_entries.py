"""A diary typed up: entries under day headings ("Tues 24 Nov", "Wed 25 Nov" alone on their
lines), each written on its day.

Each entry is a story filed on its heading's day (stamped_entries.Entry): its "this morning"
and "last night" count from that day, not from the day the diary was typed up or posted. The
hearsay about one happening changes from entry to entry ("Ray said 2 guys got hurt", then the
site manager's "2 hurt", then "official count from the RSO is 3 wounded, not 2"): a later
entry's official count, told with no happening of its own, is the count of the one attack the
diary told before it, and the last such count is its toll. A diary runs over three days or
more, its entries told in sentences (a reporter's two days of notes are read by
event_note_days.py).
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.dates import find_dates
from briefdeck.extract.event_draft import VIOLENT
from briefdeck.extract.numbers import small_count
from briefdeck.extract.stamped_entries import Entry
from briefdeck.model import Event
from briefdeck.model.facts import Casualties

# "Tues 24 Nov", "Thurs 26 Nov (Thanksgiving)", "Mon 30 Nov": a weekday and a day on its own
# line (a word in brackets after it allowed)
_HEADING = re.compile(
    r"^[ \t]*+(?P<day>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*+\.?,?[ \t]++"
    r"\d{1,2}[ \t]++[A-Z][a-z]{2,8}+\.?)(?:[ \t]++\([^()\n]{1,30}\))?"
    r"[ \t]*+$",
    re.M,
)
_SENTENCE = re.compile(r"[a-z][.!?][\"”’']?(?:[ \t]|$)", re.M)
# "official count from the RSO is 3 wounded", "the count is now two dead": a count told as one
_COUNT = re.compile(
    r"\b(?:count|toll|tally|number)\b[^.\n]{0,40}?\b(?:is|was|now|at)[ \t]++"
    r"(?:now[ \t]++)?(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)[ \t]++(?P<kind>wounded|injured|hurt|killed|dead)\b",
    re.I,
)
# "BDSC = the Baghdad Diplomatic Support Center (our camp by the airport)", "Camp X (our
# base)": the writer's own site, as the diary's preamble or legend names it
_OUR_SITE = re.compile(
    r"(?:^|[\s,;(])(?P<site>[A-Z][\w'’-]*+(?:[ \t]++[A-Z][\w'’-]*+){0,3}+)[ \t]*+"
    r"(?:=[^=()\n]{0,80}?)?\([ \t]*+(?:our|my)[ \t]++(?:camp|base|compound|site|post)\b",
    re.M,
)


def diary_entries(text: str, pub: date) -> list[Entry]:
    """The entries of a typed-up diary, or none."""
    if text.count("\n") < 6:
        return []
    heads = []
    for m in _HEADING.finditer(text):
        days = find_dates(text, pub, m.start("day"), m.end("day"))
        if len(days) == 1 and days[0].precision == "day" and days[0].iso:
            heads.append((m.start(), m.end(), days[0]))
    if len(heads) < 3 or len({d.iso for _, _, d in heads}) < 3:
        return []
    entries = []
    for n, (_, end, day) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(text)
        entries.append(Entry(end, stop, day))
    told = sum(1 for e in entries if _SENTENCE.search(text, e.start, e.end))
    return entries if told >= 3 else []


def diary_counts(text: str, events: list[Event], pub: date) -> list[Event]:
    """events, the one attack told before a later entry's official count taking it."""
    entries = diary_entries(text, pub)
    if not entries:
        return events
    _at_own_site(text, events, entries)
    for e in entries[1:]:
        counts = list(_COUNT.finditer(text, e.start, e.end))
        if not counts:
            continue
        before = [
            x
            for x in events
            if x.kind in VIOLENT
            and x.date
            and len(x.date) == 10
            and entries[0].day.iso <= x.date < e.day.iso  # (not one recalled from before)
            and x.provenance is not None
            and entries[0].start <= x.provenance.start < e.start
        ]
        if len({x.date for x in before}) != 1:
            continue  # not one attack told before: whose count it is is not sure
        m = counts[-1]
        n_ = small_count(m.group("n"))
        killed = m.group("kind").lower() in ("killed", "dead")
        for x in before:
            rows = [c for c in x.casualties if (c.wounded if killed else c.killed)]
            if killed:
                x.casualties = [
                    Casualties(party="unspecified", killed=n_),
                    *(Casualties(party=c.party, wounded=c.wounded) for c in rows),
                ]
            else:
                x.casualties = [
                    Casualties(party="unspecified", wounded=n_),
                    *(Casualties(party=c.party, killed=c.killed) for c in rows),
                ]
            x.killed = sum(c.killed for c in x.casualties)
            x.wounded = sum(c.wounded for c in x.casualties)
    return events


def _at_own_site(text: str, events: list[Event], entries: list[Entry]) -> None:
    """An attack with no place, told in the entry of its own day, is where the writer was
    (the bunker, the C-RAM, "one hit the motor pool"): at the site the diary's preamble calls
    "our camp". An attack recalled from another day keeps its own place or none."""
    site = _OUR_SITE.search(text, 0, entries[0].start)
    if site is None:
        return
    for x in events:
        if x.kind not in VIOLENT or x.place or x.provenance is None:
            continue
        entry = next((e for e in entries if e.start <= x.provenance.start < e.end), None)
        if entry is not None and x.date == entry.day.iso:
            x.place = site.group("site")
