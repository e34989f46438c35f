"""Incident lists: an NGO weekly or a security digest lists its incidents one a paragraph,
each opening with its day in figures and its place ("24/11 - Tal Tamr: A drone struck ...",
"03.12: Shelling hit ...").

Each such line is an incident of its own, read like a brief's dated section
(stamped_entries.py): what it tells happened on the line's day, its tolls are its own, and the
place it names before the colon is where it happened (a neighbourhood or road its body names
lies inside that place). A bare "24/11" is no date in running prose, so the day is read only
where two lines or more open this way; it counts back from the report's day (a weekly lists
last week's incidents), as day/month unless only month/day makes every line a day.

A line whose words draft no happening ("two armed men stopped an NGO vehicle and stole it")
is still an incident the list reports: drafted as one on its day at its place.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_cards import card_entries, card_tallies, page_summary_dropped
from briefdeck.extract.event_draft import Draft, summary
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document
from briefdeck.extract.stamped_entries import Entry

# "24/11 - Tal Tamr (Hasakah): ", "03.12: ", "24/11/2026 – ": the day, then a dash or colon,
# then the place up to its colon (optional)
_INCIDENT_LINE = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?P<day>(?P<a>\d{1,2})[/.](?P<b>\d{1,2})"
    r"(?:[/.](?P<y>(?:19|20)?\d\d))?)[ \t]*(?:[-\u2013\u2014|][ \t]*|:[ \t]+)"
    r"(?:(?P<place>[A-Z][^\n:.;!?]{1,60}?):[ \t]+)?(?=[A-Z\"“])",
    re.M)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
# a report lists what happened before it came out, at most a few days after its own day
_AHEAD = timedelta(days=7)


def incident_lines(text: str, pub: date) -> list[Entry]:
    """The incidents of an incident list, as entries on their days (each line's place as its
    heading); none unless two lines or more open with a day in figures. (A tracker's cards,
    each under a day line of its own, are such a list too: event_cards.py.)"""
    return _dated_lines(text, pub) or card_entries(text, pub)


def _dated_lines(text: str, pub: date) -> list[Entry]:
    if "/" not in text and "." not in text:
        return []
    found = list(_INCIDENT_LINE.finditer(text))
    if len(found) < 2:
        return []
    days = _days(found, pub, day_first=True) or _days(found, pub, day_first=False)
    if days is None:
        return []
    entries = []
    for n, (m, iso) in enumerate(zip(found, days, strict=True)):
        stop = found[n + 1].start() if n + 1 < len(found) else len(text)
        gap = _PARAGRAPH_END.search(text, m.end(), stop)
        day = DateMention(m.start("day"), m.end("day"), m.group("day"), iso, "day")
        # (the line is the incident's first sentence: its body starts with its day)
        entries.append(Entry(m.start(), gap.start() if gap else stop, day, filed=False,
                             head=(m.start(), m.end()), lined=True))
    return entries


def _days(found: list[re.Match[str]], pub: date, day_first: bool) -> list[str] | None:
    """Each line's day, read day/month (or month/day); None if one line is no day."""
    out = []
    for m in found:
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if day_first else (b, a)
        year = m.group("y")
        try:
            if year:
                when = date(int(year) + (2000 if len(year) == 2 else 0), month, day)
            else:
                when = date(pub.year, month, day)
                if when > pub + _AHEAD:
                    when = date(pub.year - 1, month, day)
        except ValueError:
            return None
        out.append(when.isoformat())
    return out


# "Hasakah city", "Conoco gas field (Khasham sub-district)": the place as the list names it
_ASIDE = re.compile(r"\s*\([^()\n]*\)|\s+(?:city|town|village|area|district)$", re.I)
# words of force: an incident line told with them is an attack, else another happening
_FORCE = re.compile(r"\b(?:armed|gun(?:men|man|fire)|shot|shoot|fired|attack|explo|IEDs?|"
                    r"grenade|assault|abduct|kidnap|ambush|robb|stole|loot|detonat|shell|"
                    r"struck)", re.I)


def line_place(text: str, entry: Entry,
               headed: list[PlaceMention]) -> tuple[str, list[PlaceMention]]:
    """Where a line's incident happened: the place found in its heading, else the heading's
    own words (a village the gazetteer lacks is still the list's place); '' if it names none."""
    named = [p for p in headed if entry.head[0] <= p.start < entry.head[1]]
    if named:
        return named[0].name, named
    m = _INCIDENT_LINE.match(text, entry.head[0])
    return (_ASIDE.sub("", m.group("place")).strip() if m and m.group("place") else ""), []


def untold_incidents(doc: Document, entries: list[Entry], drafts: list[Draft],
                     headed: dict[int, list[PlaceMention]]) -> list[Draft]:
    """drafts, with one more for each incident line that drafted none, in text order (and a
    tracker card's tally as its incident's toll)."""
    card_tallies(doc.text, entries, drafts)
    drafts = page_summary_dropped(entries, drafts)
    told = {d.entry for d in drafts}
    out = list(drafts)
    for n, e in enumerate(entries):
        if not e.lined or n in told:
            continue
        i = doc.sentence_index(e.start)
        sent = doc.sentences[i]
        place, mentions = line_place(doc.text, e, headed.get(n, []))
        kind = "attack" if _FORCE.search(doc.text, e.head[1], e.end) else "other"
        d = Draft(kind, e.head[1], sent.end, date=e.day, places=[place] if place else [],
                  casualties=find_casualties(doc.text, e.head[1], e.end),
                  summary=summary(doc.text, e.head[1], sent.end), paragraph=sent.paragraph,
                  sentence=i, entry=n, section=n)
        d.locate(mentions)
        out.insert(next((k for k, x in enumerate(out) if x.start > d.start), len(out)), d)
    return out
