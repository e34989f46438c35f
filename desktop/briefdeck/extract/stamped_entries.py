"""Live blogs: entries under clock stamps ("Today, 9:55 am", "July 16, 2024, 11:05 pm",
"### 23:05 GST – Headline", "**14:32 GMT**", "14:32 (CET)", "18h05" as French pages write it,
"2h ago").

Each entry of a live blog is a small story of its own, filed at its stamp: what it tells
without a date happened that day, and its "last night" or "on Monday" count from that day,
not from the day the page was saved. The headline and byline just above a stamp belong to no
entry's body. A page is read as a live blog only when two stamps or more each head some text
(a story's "Published 9:00 / Updated 11:30" pair heads nothing between them).

A brief or sitrep cut into sections whose headings end with the day of the incident told
under them ("2.1 Mogadishu: bomb at checkpoint (11 Feb)") is read the same way: each section a
story of its own (its tolls are not another section's), undated happenings on its day. Its
day is when things happened, not when the section was filed: "on Wednesday" in it still
counts from the day of the brief.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from briefdeck.extract.dates import DateMention, find_dates

# a clock's zone: "GMT", "(GST)", "AST", "CEST", "UTC+3", "local time" (letters in upper
# case: "at" is no zone)
_ZONE = (r"(?:\s*\(?(?:(?-i:[A-Z]{1,4}T|UTC|MSK|Z)|local(?:\s+time)?)"
         r"(?:\s*[+-]\d{1,2}(?::?\d\d)?)?\)?)?")
# a line that is only a day (or none) and a clock time, or "2h ago"; markup around it ("### ",
# "**") and a headline after a dash on the same line ("23:05 GST – Drone hits base") allowed
ENTRY_STAMP = re.compile(
    r"^[ \t]*(?=\S)(?:[#>*_]+[ \t]*)?(?:(?:Updated|Posted|Published|Last\s+updated)[:\s]+)?"
    r"(?P<day>[^\n]{0,40}?)[, \t]*(?:at\s+)?"
    r"(?:\d{1,2}(?:[:.]|(?<=\d)h)\d\d(?:\s*[ap]\.?m\.?)?" + _ZONE +
    r"|(?P<ago>\d{1,2}\s?(?:h|hrs?|hours?|m|mins?|minutes?)\s+ago))[*_ \t]*"
    r"(?:[\u2013\u2014|:-][ \t]*(?P<head>[^\n]{3,160}?)[*_ \t]*)?$",
    re.M | re.I)
# "Wednesday, July 17, 2024": a day heading the stamps under it that give only a time
_DAY_LINE = re.compile(r"^[ \t]*(?P<day>[^\n]{6,40}?)[ \t]*$", re.M)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?[ \t]*$", re.M)
# (a chat export's separator "--- Tuesday, November 24 ---" is a day line too)
_WEEKDAY_OR_PUNCT = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[\s,.]|^-{2,}|-{2,}$")
# "dana.kovac  7:12 AM": a chat message's sender before its clock (its day the separator's)
_SENDER = re.compile(r"[A-Za-z][\w.'-]*(?:[ \t][A-Za-z][\w.'-]*){0,2}")
_MARKUP = " \t#>*_\u2013\u2014|:-"  # around a stamp's clock: "### 23:05 GST – "
_FRENCH_CLOCK = re.compile(r"^[ \t]*\d{1,2}h\d\d[ \t]*$", re.M)  # "18h05" alone on its line
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# a heading line ending with a day in brackets: "3.1 Macomia: ambush on patrol (11 Feb)"
_DATED_HEADING = re.compile(r"\((?P<day>[^()\n]{0,20}\d[^()\n]{0,20})\)[ \t]*$", re.M)
# "3.4 LNG site", "4. Incident Log": a numbered heading, which ends the section before it
_NUMBERED_HEADING = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z][^\n]{0,90}$", re.M)


@dataclass(frozen=True)
class Entry:
    start: int  # the body: after the stamp, up to the headline of the next entry
    end: int
    day: DateMention  # the stamp's day
    filed: bool = True  # a live blog's stamp (False: a section heading's incident day)
    head: tuple[int, int] = (0, 0)  # a section's heading line
    lined: bool = False  # an incident list's line ("24/11 - Tal Tamr: ..."), heading and body


def stamp_day(text: str, start: int, end: int, pub: date) -> DateMention | None:
    found = [d for d in find_dates(text, pub, start, end) if d.precision == "day"]
    return found[0] if len(found) == 1 else None


def lines_above(text: str, pos: int, most: int) -> Iterator[tuple[int, str]]:
    """(start, stripped text) of up to `most` lines above the line that starts at pos, nearest
    first: what sits over a stamp (a headline, a byline, another stamp)."""
    for _ in range(most):
        line_end = text.rfind("\n", 0, pos - 1) if pos > 0 else -1
        if line_end < 0:
            return
        pos = text.rfind("\n", 0, line_end) + 1
        yield pos, text[pos:line_end].strip()


def _head_start(text: str, stamp_start: int) -> int:
    """Where the block of short unpunctuated lines (headline, byline) above a stamp begins
    (a blank line between the headline and the stamp is part of it)."""
    pos = stamp_start
    for start, line in lines_above(text, stamp_start, 3):
        if line and (len(line.split()) > 20 or _SENTENCE_END.search(line)):
            break
        pos = start
    return pos


def day_headings(text: str, pub: date) -> list[tuple[int, DateMention]]:
    """Lines that are only a day ("Wednesday, July 17, 2024"), with where they start."""
    out = []
    for m in _DAY_LINE.finditer(text):
        d = stamp_day(text, m.start("day"), m.end("day"), pub)
        if d is not None and not _WEEKDAY_OR_PUNCT.sub("", m.group("day").replace(d.text, "")):
            out.append((m.start(), d))
    return out


def find_entries(text: str, pub: date) -> list[Entry]:
    """The stamped entries of a live blog, or the dated sections of a brief, in text order;
    none for an ordinary story."""
    from briefdeck.extract.chat_messages import chat_entries  # (they build on Entry)
    from briefdeck.extract.day_lists import day_list_entries
    from briefdeck.extract.event_log_entries import log_entries

    if found := list(log_entries(text)) or chat_entries(text, pub) or _stamped(text, pub) or \
            _inline(text, pub) or _sections(text, pub):
        return found

    return day_list_entries(text, pub)  # a day page's items under their day


# "06:35 | IDF: most were intercepted.": an update told on its stamp's line, after a bar; or
# "07:10 Sirens sounded ...": a page whose stamp and first paragraph were read as one line
# (a paragraph that opens with a clock, then a capital)
_INLINE_STAMP = re.compile(r"^[ \t]*\d{1,2}[:.]\d\d" + _ZONE +
                           r"(?:[ \t]*\|[ \t]*(?=\S)|(?P<bare>[ \t]+)(?=[A-Z\"“]))", re.M)


def _inline(text: str, pub: date) -> list[Entry]:
    """The updates of a live page that writes each on its stamp's line ("10:25 | The ministry
    says a strike killed two."): each an entry from its stamp, on the day of the last
    day heading above it, else the page's day."""
    # (with no bar, only a paragraph's opening clock: "at\n09:30 Monday" is no stamp)
    stamps = [m for m in _INLINE_STAMP.finditer(text) if not m.group("bare") or
              m.start() < 2 or text[m.start() - 2:m.start()] == "\n\n"]
    if any(m.group("bare") for m in stamps) and not _one_way(stamps):
        # a log whose clocks wrap past midnight ("22:50 ... 03:02") spans two days: no
        # page's day dates its entries
        stamps = [m for m in stamps if not m.group("bare")]
    if len(stamps) < 2 or stamps[0].group(0).lstrip().startswith("0:"):
        return []  # ("0:00 Okay, so ...": a video transcript's time codes, no clock)
    headings = day_headings(text, pub)
    entries = []
    for n, m in enumerate(stamps):
        day = next((d for pos, d in reversed(headings) if pos < m.start()), None)
        if day is None:
            clock = m.group(0).strip(_MARKUP)
            day = DateMention(m.start(), m.start() + len(clock), clock, pub.isoformat(), "day")
        stop = stamps[n + 1].start() if n + 1 < len(stamps) else len(text)
        entries.append(Entry(m.start(), stop, day))  # (its sentence starts at the clock)
    return entries


_CLOCK = re.compile(r"[ \t]*(\d{1,2})[:.](\d\d)")


def _one_way(stamps: list[re.Match[str]]) -> bool:
    """Do the clocks run one way, earliest first or latest first (one day's updates)?"""
    clocks = [int(h) * 60 + int(mi) for h, mi in
              (_CLOCK.match(m.group(0)).groups() for m in stamps)]  # type: ignore[union-attr]
    pairs = list(zip(clocks, clocks[1:], strict=False))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def _sections(text: str, pub: date) -> list[Entry]:
    """The sections of a brief under headings that end with their incident's day."""
    if ")\n" not in text:
        return []  # no line ends with a bracket: most stories
    heads = []
    for m in _DATED_HEADING.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        head = text[line:m.start()].strip()
        if not head or len(head.split()) > 14 or _SENTENCE_END.search(head):
            continue
        day = stamp_day(text, m.start("day"), m.end("day"), pub)
        if day is not None and day.end == m.end("day") and \
                not _WEEKDAY_OR_PUNCT.sub("", m.group("day").replace(day.text, "")):
            heads.append((line, m.end(), day))
    if len(heads) < 2:
        return []
    stops = [m.start() for m in _NUMBERED_HEADING.finditer(text)
             if not _SENTENCE_END.search(m.group(0))]
    entries = []
    for start, end, day in heads:
        stop = min([p for p in stops if p > end] + [len(text)])
        entries.append(Entry(end, stop, day, filed=False, head=(start, end)))
    return entries


def _stamped(text: str, pub: date) -> list[Entry]:
    if text.count(":") < 2 and text.count(" ago\n") < 2 and not _FRENCH_CLOCK.search(text):
        return []  # no two clock times or "2h ago" lines: most stories, skipped at once
    stamps: list[tuple[int, int, DateMention, bool]] = []  # given: a day the page wrote
    headings: list[tuple[int, DateMention]] | None = None  # read only when a stamp needs them
    chat = 0  # stamps of a chat export's messages (a message needs no full stop)
    dated_stamps = 0  # stamps that write their own full date ("24.11.2026 07:48")
    for m in ENTRY_STAMP.finditer(text):
        head = m.group("head")
        if head and (_SENTENCE_END.search(head) or len(head.split()) > 20):
            continue  # "10:30 - Police sealed off the road.": a timeline's sentence, no headline
        words = m.group("day").strip(" ,")
        if words and m.group("ago"):
            continue  # "Updated 2h ago" heads nothing; a day before "ago" is no stamp
        given = bool(words)
        if words:
            day = stamp_day(text, m.start("day"), m.end("day"), pub)
            if day is None and _SENDER.fullmatch(words):
                headings = day_headings(text, pub) if headings is None else headings
                day = next((d for pos, d in reversed(headings) if pos < m.start()), None)
                chat += day is not None
            if day is None:
                continue  # "Page 1 of 2 10:15" or another line ending in a time
            dated_stamps += day.precision == "day" and _HAS_YEAR.search(words) is not None
        else:
            headings = day_headings(text, pub) if headings is None else headings
            day = next((d for pos, d in reversed(headings) if pos < m.start()), None)
            given = day is not None
            if day is None:  # the stamp's clock alone ("23:05 GST"), not its headline
                clock = m.start("head") if head else m.end()
                day = DateMention(m.start(), clock, text[m.start():clock].strip(_MARKUP),
                                  pub.isoformat(), "day")
        start = m.start()
        if stamps and not text[stamps[-1][1]:start].strip():
            # "2h ago" over "15:41 GMT": one stamp on two lines; the first's day if it gave one
            first = stamps.pop()
            start = first[0]
            day, given = (first[2], True) if first[3] else (day, given)
        stamps.append((start, m.end(), day, given))
    if len(stamps) < 2:
        return []
    entries = []
    for n, (_, end, day, _given) in enumerate(stamps):
        # (no headline over a chat message's stamp: the lines above it are the last message)
        stop = len(text) if n + 1 == len(stamps) else stamps[n + 1][0] if chat >= 2 else \
            _head_start(text, stamps[n + 1][0])
        entries.append(Entry(end, max(end, stop), day))
    headed = [e for e in entries if _SENTENCE_END.search(text, e.start, e.end)]
    if len(headed) < 2 and dated_stamps >= 2:
        # an app's alert log ("24.11.2026 07:48 / NEWS FLASH / IDF: jets struck ... in
        # southern Lebanon"): items told in sentences with no full stop at the line's end,
        # under stamps that each give their day
        headed = [e for e in entries if _TOLD_LINE.search(text, e.start, e.end)]
    return entries if len(headed) >= 2 or chat >= 2 else []


# a line of ten words or more: an item told, not a heading or a label
_TOLD_LINE = re.compile(r"^[^\n]*?(?:\S+[ \t]+){9}\S", re.M)



def entry_at(entries: list[Entry], pos: int) -> int:
    """The index of the entry whose body holds pos, or -1."""
    n = bisect_right([e.start for e in entries], pos) - 1 if entries else -1
    return n if n >= 0 and pos < entries[n].end else -1


def redate(text: str, entries: list[Entry], dates: list[DateMention], pub: date,
           sentence_bounds) -> list[DateMention]:
    """dates, with the relative ones inside an entry filed on another day than pub counted
    from the entry's day ("last night" in an entry stamped July 16 is July 15)."""
    if not entries:
        return dates
    out = []
    for d in dates:
        n = entry_at(entries, d.start)
        day = entries[n].day if n >= 0 and entries[n].filed else None
        if day is None or day.iso == pub.isoformat() or _HAS_YEAR.search(d.text):
            out.append(d)
            continue
        start, end = sentence_bounds(d.start)
        again = [x for x in find_dates(text, date.fromisoformat(day.iso), start, end)
                 if x.start == d.start]
        out.append(again[0] if again else d)
    return out
