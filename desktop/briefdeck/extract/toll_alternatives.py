"""Counts of one happening by different sources: alternatives, never added together.

Terse notes (a map pin's description, a desk log) give each source's count on a line of its
own, labelled by who gave it: "Group statement: four fighters killed. Local sources told an
outlet: three killed, two wounded." Both count the same dead; the note may then say which it
goes by ("Using the group's figure for now"). The counts stay apart by teller: the one the
note prefers, else per kind the larger (as two tellings of one toll are read elsewhere).
"""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty

# "KH statement: ...", "Iraqi security sources told Shafaq: ...", "Ministry says: ...": the
# teller labels the line (no spaces inside a word: the bounded word run cannot backtrack far)
_LABELLED = re.compile(
    r"[ \t\-•*]*(?P<who>[A-Z][\w.&'’/-]*(?:[ \t]+[\w.&'’/-]+){0,5}?)[ \t]+"
    r"(?:statement|told[ \t]+[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*)?|said|says|claims?|"
    r"claimed|figures?|count)[ \t]*:"
)
# "Using KH figure for now", "going with the ministry's count": the count the note goes by
_PREFERRED = re.compile(
    r"\b(?:[Uu]sing|[Uu]se|[Gg]oing[ \t]+with|[Gg]o[ \t]+with|[Pp]referring)[ \t]+(?:the[ \t]+)?"
    r"(?P<who>[\w.&'’-]+(?:[ \t]+[\w.&'’-]+){0,2}?)(?:'s|’s)?[ \t]+"
    r"(?:figures?|counts?|tolls?|numbers?|tally)\b"
)


def count_teller(text: str, start: int, end: int) -> str:
    """Who labels the count that opens at end ("KH statement: four killed"), lower case; ""
    when the line is not labelled by a teller."""
    if ":" not in text[start:end]:
        return ""
    m = _LABELLED.match(text, start, end)
    return " ".join(m.group("who").lower().split()) if m else ""


def alternative_of(tellers: dict[str, list[Casualty]], teller: str) -> bool:
    """Is a count labelled by teller another source's count of a toll told already by a
    different teller?"""
    return bool(teller) and bool(tellers) and teller not in tellers


def preferred_toll(
    text: str, start: int, end: int, tellers: dict[str, list[Casualty]]
) -> list[Casualty] | None:
    """The toll of the teller the note says it goes by, between start and end; None when it
    names none of them."""
    if len(tellers) < 2 or ("sing" not in text[start:end] and "with" not in text[start:end]):
        return None
    for m in _PREFERRED.finditer(text, start, end):
        who = m.group("who").lower().split()
        if who and who[0] == "the":
            who = who[1:]
        if not who:
            continue
        picked = [rows for teller, rows in tellers.items() if f" {' '.join(who)} " in f" {teller} "]
        if len(picked) == 1:
            return list(picked[0])
    return None
