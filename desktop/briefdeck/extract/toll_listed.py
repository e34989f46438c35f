"""A toll a document lists: "the amended report lists four soldiers and one contractor
wounded". A casualty report or return names each group, then the harm once at the end; with
no verb of harm before the groups, the other toll shapes read only the last group.
"""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty, count_of, kind_of
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_words import ITEM_RE, next_item_at

_CUES = ("list", "record", "says", ":")
# (present tense: what the document holds now; "initial reporting listed two wounded" is a
# first count, read by the other shapes or not at all)
# ("CJTF-OIR now says two soldiers and one guard wounded": a note's terse telling of who was
# hurt, the verb of saying in place of the list's; "CTD: one guard wounded by shrapnel": a
# note's label, then the count)
_LISTS = re.compile(
    r"\b(?:lists|records|(?<=now\s)says)\s+(?=\w)|:[ \t]+(?=(?i:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|\d))"
)
# the harm, once, after the last group ("... and one contractor wounded")
_KIND_AFTER = re.compile(
    r"\s+(?:as\s+)?(killed|wounded|injured|hurt|dead)\b(?!\s+(?:\d|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|an?|the)\b)"
)


def _label(words: str) -> bool:
    """Is this a note's label ("Kurdistan Region CTD"): a few capitalised words, no clause?"""
    parts = words.split()
    return 0 < len(parts) <= 5 and all(w[:1].isupper() for w in parts)


def listed_toll(text: str, start: int, end: int) -> list[Casualty]:
    """The groups a document lists as killed or hurt, one row each; [] when none."""
    chunk = text[start:end]
    if not any(c in chunk for c in _CUES):
        return []
    for m in _LISTS.finditer(text, start, end):
        if text[m.start()] == ":" and not _label(text[start : m.start()]):
            continue  # ("CENTCOM updated the toll on Thursday: ...": a clause, no label)
        pos: int | None = m.end()
        items = []
        while pos is not None and (item := ITEM_RE.match(text, pos, end)) is not None:
            items.append(item)
            pos = next_item_at(text, item.end(), end)
        if not items or (k := _KIND_AFTER.match(text, items[-1].end(), end)) is None:
            continue
        rows = [
            Casualty(
                i.start(),
                i.end(),
                kind_of(k.group(1)),
                count_of(i.group("num")),
                party_of(i.group("np")),
                i.group("num"),
            )
            for i in items
        ]
        if all(r.count for r in rows):
            return rows
    return []
