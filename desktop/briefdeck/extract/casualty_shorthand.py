"""Tolls in a reporter's or analyst's shorthand, and verbless tolls a note or chat line gives.

A notebook or a sitrep writes counts by "x": "2x KIA, 5x WIA", "KIA x2", "1x DOW" (died of
wounds: one more dead); "REVISED: 3x KIA" is the whole toll as now known, not more on top of
the first count. A chat line or a note drops the verb: "Two Iraqi army
soldiers at a checkpoint lightly wounded.", "SDF media centre: two SDF guards wounded, no
coalition casualties." (the toll opening its line or following a label's colon). A chat
sums up: "So 2 killed, 4 wounded total as of now" is the whole toll, replacing the counts by
party before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualty_rows import Casualty, count_of, kind_of
from briefdeck.extract.event_hurt_nouns import hurt_by_kind
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_words import ITEM

# (cheap test first: a count by "x"; most sentences have none)
_CUE = re.compile(r"\d\s?[x×]\s?[A-Za-z]|\b(?:KIA|WIA|DOW)\s?[x×]\s?\d")
# "2x KIA", "4x US WIA", "1x DOW", "3x dead" (the group, if any, before the acronym)
_TIMES_BEFORE = re.compile(
    r"\b(?P<num>\d{1,3})\s?[x×]\s?(?P<np>(?:(?!KIA|WIA|DOW)[A-Za-z][\w.'’-]*\s+){0,2}?)"
    r"(?P<verb>KIA|WIA|DOW|(?i:killed|wounded|injured|dead))\b")
# "KIA x2", "WIA ×5"
_TIMES_AFTER = re.compile(r"\b(?P<verb>KIA|WIA|DOW)\s?[x×]\s?(?P<num>\d{1,3})\b(?![.,:/]\d)")
# "REVISED: 3x KIA", "UPDATE - 2x WIA", "now 3x KIA": the line's counts are the whole toll
_REVISED = re.compile(r"(?:\b(?:REVISED|Revised|revised|UPDATED?|Update[ds]?|CORRECTED|"
                      r"Corrected|corrected|now)\b)")
# "Two Iraqi army soldiers at a checkpoint lightly wounded.": a line's verbless toll, a place
# and a degree between the group and its harm, ending the line or before "no ... casualties"
_VERBLESS_CUE = re.compile(r"(?:killed|wounded|injured|hurt)(?=\s*(?:[.;]|$|,\s+(?:no|none|"
                           r"nobody|zero)\b))", re.I)
_VERBLESS = re.compile(
    rf"[\s\-–—•*]*{ITEM}"
    r"(?:\s+(?:at|near|in|on|inside|outside)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r"\s+(?:(?:lightly|slightly|seriously|critically|badly|moderately|severely)\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt)"
    r"(?=\s*(?:[.;]|$|,\s+(?:no|none|nobody|zero)\b))", re.I)
_HARM_WORDS = ("killed", "wounded", "injured", "hurt")  # (the cue's words: a cheap test first)
_LABEL = re.compile(r"[A-Z][^:.;\n]{0,40}:\s+")
# "all 4 US WIA RTD": the wounded counted already, all of them, told again
_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)


# "2 killed, 4 wounded total", "4 wounded in total": the counts before it are the whole toll
_TOTAL_AFTER = re.compile(r"\b(?:killed|dead|wounded|injured|hurt)\s+(?:in\s+)?total\b", re.I)


def _kind(verb: str) -> str:
    return "killed" if verb.upper() == "DOW" else kind_of(verb)  # died of wounds: a death


def shorthand_tolls(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """Counts by "x" and a line's verbless toll the other readers missed."""
    more: list[Casualty] = []

    def taken(at: int) -> bool:
        return any(c.start <= at < c.end for c in found + more)

    chunk = text[start:end]
    if "total" in chunk and (m := _TOTAL_AFTER.search(text, start, end)) is not None:
        found[:] = [replace(c, total=True) if c.count and c.end <= m.end() and not (
            c.total or c.added or c.partitive or c.is_floor) else c for c in found]
    if "all " in chunk and ("KIA" in chunk or "WIA" in chunk):
        found[:] = [c for c in found if not (c.wording.isdigit() and _ALL_BEFORE.search(
            text, max(start, c.start - 5), c.start) and text.startswith(("KIA", "WIA"), c.end))]
    if ("x" in chunk or "×" in chunk) and _CUE.search(text, start, end):  # (cheap test first)
        revised = _REVISED.search(text, max(start, text.rfind("\n", 0, start) + 1),
                                  min(end, start + 40)) is not None
        for pat in (_TIMES_BEFORE, _TIMES_AFTER):
            for m in pat.finditer(text, start, end):
                count = count_of(m.group("num"))
                if count is None or taken(m.start("num")):
                    continue
                np = m.groupdict().get("np") or ""
                more.append(Casualty(m.start(), m.end(), _kind(m.group("verb")), count,
                                     party_of(np) if np.strip() else "unspecified",
                                     m.group("num"), total=revised))
    low = chunk.lower()  # (ASCII only: re.I folds a few other letters onto a-z)
    if (not chunk.isascii() or any(w in low for w in _HARM_WORDS)) and \
            _VERBLESS_CUE.search(text, start, end):
        label = _LABEL.match(text, start, end)
        for at in (start, label.end()) if label else (start,):
            m = _VERBLESS.match(text, at, end)
            if m is None or not count_of(m.group("num")) or taken(m.start("num")):
                continue
            more.append(Casualty(m.start("num"), m.end("np"), _kind(m.group("verb")),
                                 count_of(m.group("num")), party_of(m.group("np")),
                                 m.group("num")))
    more += hurt_by_kind(text, start, end, low, found + more)  # "two staff had light cuts"
    return more
