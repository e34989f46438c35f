"""Counts in a list of a new toll that are no more people: a part of a count told in
apposition ("to nine killed, two of them children, and 31 wounded": the two are among the
nine) and the list summed at its end ("to two soldiers and three contractors, five people in
all": the five are those two and three)."""

from __future__ import annotations

import re

from briefdeck.extract.toll_words import NUM

# ", three of them women," / ", among them two children," / ", including one medic,"
# (closed by a comma or dash before the list goes on: a part of the count just told)
_SUBSET = re.compile(
    rf"\s*[,(–—-]\s*(?:(?:{NUM})\s+of\s+(?:them|whom|those)\b|(?:among\s+them|including)\s+"
    rf"(?:{NUM})\b)[^,;.()–—]{{0,40}}?(?=\s*[,)–—])\)?", re.I)


def past_subset(text: str, pos: int, end: int) -> int:
    """Where the list of counts goes on after pos, past a part of the count told at pos."""
    m = _SUBSET.match(text, pos, end)
    return m.end() if m else pos


# ", five people in all", ", seven in total", ", six altogether": the list's sum
_IN_ALL = re.compile(r"\s*(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.I)


def sums_the_list(text: str, count_end: int, end: int, count: int | None,
                  listed: list[int | None]) -> bool:
    """Is the count ending at count_end the sum of the counts listed before it?"""
    return len(listed) >= 2 and count == sum(n or 0 for n in listed) and \
        _IN_ALL.match(text, count_end, end) is not None
