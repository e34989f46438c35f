"""Live feeds: a list of short items, each under its own stamp ("2 hours ago", "16:12"),
under day headings ("Monday, 23 November 2026"), as live maps and wire tickers print them.

A feed's item is one line with no closing full stop ("Drone strike on a car near X, 1
killed"), so the live-blog reader (stamped_entries.py), which wants entries that tell
sentences, takes the page for an ordinary one. Each item is still a happening of its own,
told on its stamp's day (event_memory.py), and an item's unclosed line is no headline that
repeats a story's sourcing (attributions.py). A page is a feed when three stamps or more each
head one such line; this is the one place that decides it.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.dates import DateMention
from briefdeck.extract.stamped_entries import (
    ENTRY_STAMP,
    Entry,
    day_headings,
    lines_above,
    stamp_day,
)

# a line that is only a clock ("16:12", "09:31 GMT"): a feed's stamp
_CLOCK_LINE = re.compile(r"\n[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*[A-Z]{2,4})?[ \t]*(?=\n)")
_MIN_WORDS = 5  # an item tells something: "Live" or "Share" under a stamp is no item
# Where only the item lines are wanted, a stamp's day words are only checked to be a day:
# any day of reference does for that.
_ANY_DAY = date(2000, 1, 3)


def feed_entries(text: str, pub: date) -> list[Entry]:
    """The items of a live feed, as entries; none unless the page reads as one."""
    if text.count(" ago\n") < 3 and len(_CLOCK_LINE.findall(text)) < 3:
        return []  # most pages: no lines that are only a stamp
    stamps: list[tuple[int, int, DateMention, bool]] = []  # given: a day the stamp wrote
    headings: list[tuple[int, DateMention]] | None = None
    for m in ENTRY_STAMP.finditer(text):
        if m.group("head"):
            continue  # a stamp with its headline on its line is the live blog's layout
        words = m.group("day").strip(" ,")
        if words and m.group("ago"):
            continue
        if words:
            day = stamp_day(text, m.start("day"), m.end("day"), pub)
            if day is None:
                continue
        else:  # a clock alone: the day heading above it, else the page's day
            headings = day_headings(text, pub) if headings is None else headings
            day = next((d for pos, d in reversed(headings) if pos < m.start()), None) or \
                DateMention(m.start(), m.end(), m.group(0).strip(), pub.isoformat(), "day")
        start = m.start()
        if stamps and not text[stamps[-1][1]:start].strip():
            start, _, first, given = stamps.pop()  # "2 hours ago" over "16:12": one stamp
            day, words = (first, "x") if given else (day, words)
        stamps.append((start, m.end(), day, bool(words)))
    if len(stamps) < 3:
        return []
    entries = []
    for n, (_, end, day, _given) in enumerate(stamps):
        stop = _item_end(text, stamps[n + 1][0]) if n + 1 < len(stamps) else len(text)
        entries.append(Entry(end, max(end, stop), day))
    items = _item_lines(text, entries)
    return entries if len(items) >= 3 and 2 * len(items) >= len(entries) else []


def feed_item_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each item line of the page's live feed, in text order; none unless
    the page reads as a feed."""
    return _item_lines(text, feed_entries(text, _ANY_DAY))


def _item_lines(text: str, entries: list[Entry]) -> list[tuple[int, int]]:
    """An item is one line of some words (the last runs on to the page's foot: its first
    line)."""
    out = []
    for n, e in enumerate(entries):
        body = text[e.start:e.end]
        lead = len(body) - len(body.lstrip())
        line = body.strip().split("\n", 1)[0]
        if len(line.split()) >= _MIN_WORDS and (n == len(entries) - 1 or line == body.strip()):
            start = e.start + lead
            out.append((start, start + len(line.rstrip())))
    return out


def _item_end(text: str, next_stamp: int) -> int:
    """Where an item ends above the next stamp: short lines just above that stamp ("1 day
    ago", a source's name) belong to no item. (A live blog's headline above a stamp is taken
    off by stamped_entries; a feed's item has no full stop to tell it from one.)"""
    pos = next_stamp
    for start, line in lines_above(text, next_stamp, 3):
        if line and len(line.split()) >= _MIN_WORDS:
            break
        pos = start
    return pos
