"""Prose that sums up an incident table's rows tells no incident of its own: a dataset's
commit subject or a changelog line ("Update Tanf toll, add Conoco rockets of 29 Nov") or a
report's summary naming the sites of two or more rows, each by a word of the row's site cell
("Tanf" for "al-Tanf Garrison"). The rows carry those incidents with their own tolls; the
summary's toll is theirs lumped together.
"""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import VIOLENT, Draft

_WORD = re.compile(r"[^\W_]+")


def _words(name: str) -> list[str]:
    return _WORD.findall(name.lower())


def _named_in(name: list[str], cell: list[str]) -> bool:
    """Do the name's words stand together in the cell's?"""
    n = len(name)
    return bool(name) and any(cell[k:k + n] == name for k in range(len(cell) - n + 1))


def sums_up_rows(d: Draft, rows: list[Draft]) -> bool:
    """Does a prose draft of harm name, by their site cells' words, the sites of two or more
    rows and no other site? (A move told of two sites, "a battery arrived at Erbil, and Ain
    al-Asad now has C-RAM", is news of its own.)"""
    if d.row or len(d.places) < 2 or d.kind not in VIOLENT:
        return False
    cells = [(id(r), _words(r.places[0])) for r in rows if r.places]
    named: set[int] = set()
    for place in d.places:
        words = _words(place)
        hits = {key for key, cell in cells if _named_in(words, cell)}
        if not hits:
            return False
        named |= hits
    return len(named) >= 2
