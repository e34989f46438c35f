"""Teletext pages pasted as text: each page is one story, and a toll belongs to its page.

A teletext service writes one story to a page ("P142  TXT1 142  Sat 05 Dec  19:04:05", a
longer one over subpages "1/2", "2/2" of the same number), under a capitals headline. The
pages are read as stamped entries (stamped_entries.py), which lets the last happening told on
an earlier page take a toll told on a later one ("The health ministry said six people were
killed", on the strikes' page, going to the ship hit on the page before). On a page:

- the capitals headline is the story's title ("ISRAELI STRIKES KILL FIVE IN LEBANON"): the
  body under it tells the same happening, so it drafts nothing of its own;
- a toll told on a page is the toll of that page's story, never of another page's;
- the story's lede (its first violent happening) is the page's event: a later clause with no
  day or place of its own, dated only by the page's header ("it was hit in the engine room",
  "the strikes hit missile launchers"), tells it again; and a toll told in a sentence of its
  own ("Twelve people were wounded.") counts the lede's happening when the lede has no count
  of that kind, not the part of it told last (one village of the two struck). A count the lede
  already gives is the page's newest: an earlier count told further down gives way to it;
- the lede's happening told place by place, the places' dead adding up to the lede's, is the
  one happening at those places (two strikes "killed two" and "killed three" under "killed
  five"), not three.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.sentences import Document
from briefdeck.ingest.teletext_pages import has_pages

# A page header line: "P141  TXT1 141  Sat 05 Dec  19:03:10" (the page number, the service,
# the number again, then the day and the clock); group 1 is the page number.
_HEADER = re.compile(
    r"^P([1-8]\d\d)[ \t]++\S{1,16}+[ \t]++\1\b[^\n]{0,40}?\b\d\d:\d\d"
    r"(?::\d\d)?[ \t]*+$",
    re.M,
)
_MIN_PAGES = 2


def _stories(text: str) -> list[tuple[int, int, int]]:
    """(start, body start, end) of each story: its header line to the next page's header
    (a subpage of the same number goes on the same story); the body starts after the
    header line."""
    heads = [(m.start(), m.end(), m.group(1)) for m in _HEADER.finditer(text)]
    if len(heads) < _MIN_PAGES:
        return []
    stories: list[tuple[int, int, int]] = []
    number = ""
    for n, (start, end, page) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(text)
        if page == number and stories:
            s0, b0, _ = stories[-1]
            stories[-1] = (s0, b0, stop)
        else:
            stories.append((start, end, stop))
        number = page
    return stories


def _story_of(stories: list[tuple[int, int, int]], pos: int) -> int:
    n = bisect.bisect_right(stories, (pos, 1 << 62, 0)) - 1
    return n if n >= 0 and pos < stories[n][2] else -1


def _in_headline(text: str, start: int, end: int) -> bool:
    """Does [start, end) lie on one line written in capitals (a page's headline)?"""
    line0 = text.rfind("\n", 0, start) + 1
    line1 = text.find("\n", start)
    line1 = len(text) if line1 < 0 else line1
    if end > line1:
        return False
    line = text[line0:line1]
    return any(ch.isalpha() for ch in line) and line == line.upper() and len(line.split()) >= 2


def _header_dated(d: Draft, stories: list[tuple[int, int, int]]) -> bool:
    """Is the draft dated only by its page's header (no day named in its own words)?"""
    if d.date is None:
        return True
    return any(s <= d.date.start < body for s, body, _ in stories)


def _told_apart(doc: Document, d: Draft, c: Casualty) -> bool:
    """Is the count told in a sentence other than the one of the draft's clause?"""
    return not d.start <= c.start < d.end and doc.sentence_index(c.start) != doc.sentence_index(
        d.start
    )


def _add_missing(lede: Draft, counts: list[Casualty]) -> None:
    """Give the lede the counts of the kinds it has none of."""
    have = {c.kind for c in lede.casualties if c.count}
    lede.casualties = lede.casualties + [c for c in counts if c.kind not in have]


def page_stories(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """Each page's drafts as one story's (see the module's docstring)."""
    text = doc.text
    if "\nP" not in text or not has_pages(text):
        return drafts
    stories = _stories(text)
    if not stories:
        return drafts
    kept = [d for d in drafts if not (d.kind in VIOLENT and _in_headline(text, d.start, d.end))]
    story = {id(d): _story_of(stories, d.start) for d in kept}
    ledes: dict[int, Draft] = {}
    for d in sorted(kept, key=lambda d: d.start):
        n = story[id(d)]
        if n >= 0 and d.kind in VIOLENT and n not in ledes:
            ledes[n] = d
    strays: dict[int, list[Casualty]] = {}  # counts told on a page, taken by another's draft
    apart: dict[int, list[Casualty]] = {}  # counts told on their own, taken by a part
    out: list[Draft] = []
    for d in kept:
        n = story[id(d)]
        if n < 0:
            out.append(d)
            continue
        own = []
        for c in d.casualties:
            m = _story_of(stories, c.start)
            if m != n:
                strays.setdefault(m, []).append(c)
            elif (
                (lede := ledes.get(n)) is not None
                and lede is not d
                and _told_apart(doc, d, c)
                and not any(k.kind == c.kind and k.count for k in lede.casualties)
            ):
                apart.setdefault(n, []).append(c)  # (the lede's own count stands)
            else:
                own.append(c)
        d.casualties = own
        lede = ledes.get(n)
        if (
            lede is not None
            and lede is not d
            and d.kind in VIOLENT
            and not d.places
            and d.start > lede.start
            and _header_dated(d, stories)
        ):
            # a clause dated by the header alone, with no place: the lede's happening again
            _add_missing(lede, d.casualties)
            continue
        out.append(d)
    for n, counts in [*strays.items(), *apart.items()]:
        if (lede := ledes.get(n)) is not None:
            _add_missing(lede, counts)
    for n, lede in ledes.items():
        parts = _parts(lede, [d for d in out if story.get(id(d)) == n and d is not lede])
        if parts:
            gone = {id(d) for d in parts}
            out = [d for d in out if id(d) not in gone]
            if not lede.sites:  # "two villages in south Lebanon": the villages named
                lede.places = []
            for d in parts:
                lede.places = list(dict.fromkeys([*lede.places, *d.places]))[:3]
                lede.locate(d.mentions)
    return out


def _killed(d: Draft) -> int:
    return sum(c.count or 0 for c in d.casualties if c.kind == "killed")


def _parts(lede: Draft, later: list[Draft]) -> list[Draft]:
    """The lede's happening told place by place ("a strike on a car in X killed two and a
    strike on a house in Y killed three", under "strikes on two villages killed five"): the
    later violent drafts of its day, each at a place, whose dead add up to the lede's."""
    if lede.date is None or not _killed(lede):
        return []
    parts = [
        d
        for d in later
        if d.kind in VIOLENT
        and d.places
        and d.start > lede.start
        and d.date is not None
        and d.date.iso == lede.date.iso
        and _killed(d)
    ]
    if (
        len(parts) < 2
        or sum(_killed(d) for d in parts) != _killed(lede)
        or any(c.kind == "wounded" and c.count for d in parts for c in d.casualties)
    ):
        return []
    return parts
