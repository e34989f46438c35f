"""Day pages: a page of one day's news told as a list ("November 27, 2026 (Friday)" over
bulleted items, as a wiki's current-events day or a daily log writes it).

Each item is a story of its own told in the present ("Israeli airstrikes hit Kfar Roummane,
killing three"): what it tells without a date happened on the heading's day, its tolls are its
own, and its "on Wednesday" counts from that day. A page is read so only when a line that is
only a full day (its weekday, a bracket or a few link words beside it: "edit history watch")
stands over two items or more told in sentences, with no paragraph of prose between; the list
runs to the next such heading or to a paragraph of prose.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.dates import DateMention, find_dates
from briefdeck.extract.stamped_entries import Entry

# a bullet item's line: "- ", "* ", "• " before its words
_ITEM = re.compile(r"^[ \t]*[-*\u2022][ \t]+(?=\S)", re.M)
# what may stand beside the day on its heading line: its weekday, brackets, commas, and up to
# four words of page links in lower case ("edit history watch")
_BESIDE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[\s,.()\[\]|#*_-]")
_LINK_WORDS = re.compile(r"(?:[a-z]{2,10}(?:\s+|$)){0,4}")
_MIN_WORDS = 6  # an item shorter than this is a topic heading ("- Red Sea crisis")
_PROSE_WORDS = 15  # a line this long that is no item is a paragraph: the list has ended


def day_list_entries(text: str, pub: date) -> list[Entry]:
    """The items of a day page's lists, as entries on their heading's day; none unless two
    items or more stand under one."""
    if text.count("\n- ") + text.count("\n\u2022 ") + text.count("\n* ") < 2:
        return []  # most stories: no list at all
    entries: list[Entry] = []
    day = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        words = line.split()
        if not words:
            continue
        bullet = _ITEM.match(line)
        if bullet is None:
            heading = _heading_day(text, start, start + len(line), pub) if len(words) <= 10 \
                else None
            if heading is not None:
                day = heading
            elif len(words) >= _PROSE_WORDS:
                day = None  # prose: no list under a day any more
            continue
        if day is None or len(words) - 1 < _MIN_WORDS:
            continue
        entries.append(Entry(start, start + len(line), day))  # (its sentence opens at the bullet)
    return entries if len(entries) >= 2 else []


def _heading_day(text: str, start: int, end: int, pub: date) -> DateMention | None:
    """The day of a line that is only a full day (with its year), else None."""
    if not any(c.isdigit() for c in text[start:end]):
        return None
    found = [d for d in find_dates(text, pub, start, end) if d.precision == "day"]
    # (its weekday beside it is the same day again)
    if not found or len({d.iso for d in found}) > 1 or \
            not re.search(r"\b(?:19|20)\d\d\b", found[0].text):
        return None
    d = found[0]
    if text[start:d.start].strip(" \t#*_=>"):
        return None  # the day opens the line
    rest = _BESIDE.sub(" ", text[d.end:end]).strip()
    return d if _LINK_WORDS.fullmatch(rest) else None
