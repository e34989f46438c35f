"""Groups a report lists, their verb after the last: "confirms three soldiers and one
contractor (a local hire) wounded"."""

from __future__ import annotations

import regex

from briefdeck.extract.casualty_rows import Casualty, count_of, kind_of
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_words import ITEM

# A casualty report's or an order's summary tells the toll as the object of a verb of
# reporting, group after group with one participle at the end: "The casualty report confirms
# three soldiers and one contractor (a third-country national) wounded". Each group is hurt;
# a bracket after a group only says who they were. (One group alone is left to the reading
# of reported tolls.)
_CUE = regex.compile(
    r"\b(?:confirms|confirmed|reports|reported|lists|listed|indicates|"
    r"indicated|records|recorded)\s++"
)
_ITEM = regex.compile(r"\s*+(?:that\s++)?+" + ITEM, regex.I | regex.V0)
_BRACKET = regex.compile(r"\s*+\([^()\n]{1,80}+\)")
_AND = regex.compile(r"\s*+,?+\s*+and\s++|\s*+,\s*+(?=\w)")
_VERB = regex.compile(
    r"\s++(?P<verb>killed|wounded|injured|hurt|dead)"
    r"(?=\s*+(?:[.;,(]|and\b|in\b|at\b|$))"
)


def reported_groups(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """The groups a verb of reporting lists before one participle, each with that kind; the
    counts read from the same words before are given up for them."""
    if "and " not in text[start:end]:
        return found
    for cue in _CUE.finditer(text, start, end):
        pos, items = cue.end(), []
        while (m := _ITEM.match(text, pos, end)) is not None and len(items) < 6:
            items.append(m)
            pos = m.end()
            if (b := _BRACKET.match(text, pos, end)) is not None:
                pos = b.end()
            if (v := _VERB.match(text, pos, end)) is not None:
                break
            if (a := _AND.match(text, pos, end)) is None:
                items = []
                break
            pos = a.end()
        else:
            continue
        if len(items) < 2 or v is None or not all(count_of(m.group("num")) for m in items):
            continue
        lo, hi = items[0].start("num"), v.end()
        found = [c for c in found if not lo <= c.start < hi]
        kind = kind_of(v.group("verb"))
        found += [
            Casualty(
                m.start("num"),
                m.end("np"),
                kind,
                count_of(m.group("num")),
                party_of(m.group("np")),
                m.group("num"),
            )
            for m in items
        ]
    return found
