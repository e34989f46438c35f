"""An officer's stamped note in a ticket or a log: "[2026-05-02 13:55] MAJ Jane Roe:
Confirmed. The third casualty ...".

A ticket export or a shared log keeps each note under its time stamp and its writer's name.
Most writers are the record's own staff (a technician's "On site." is the record itself), but
a note an officer writes under their rank is that officer's word on the events, given to the
record: a named official source. Only notes signed with a military rank are read.
"""

from __future__ import annotations

import re

_GRADE = (
    r"(?:GEN|LTG|MG|BG|COL|LTC|MAJ|CPT|1LT|2LT|CW[2-5]|SGM|CSM|MSG|1SG|SFC|SSG|SGT|CAPT|"
    r"CDR|LCDR|Gen\.|Brig\.[ \t]Gen\.|Col\.|Lt\.[ \t]Col\.|Maj\.|Capt\.|Lt\.|Sgt\.)"
)
_STAMPED = re.compile(
    r"^[ \t]*+\[(?:\d{4}-\d\d-\d\d[ T])?\d{1,2}:\d\d(?::\d\d)?\][ \t]++"
    rf"(?P<who>{_GRADE}[ \t]++(?:[A-Z]\.[ \t]*+)?[A-Z][a-z'’-]++"
    r"(?:[ \t]++[A-Z][a-z'’-]++){0,2}+):[ \t]++(?P<said>[^\n]{1,60}+)",
    re.M,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def stamped_notes(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each officer's stamped note, its first words with it."""
    if "] " not in text:
        return []
    out: list[tuple[int, int, str, int | None]] = []
    seen: set[str] = set()
    for m in _STAMPED.finditer(text):
        who = " ".join(m.group("who").split())
        if who in seen:
            continue  # (the same officer again: one source)
        seen.add(who)
        stop = _SENTENCE_END.search(text, m.start("said") + 12, m.end("said"))
        out.append((m.start("who"), stop.end() if stop else m.end("said"), "named official", 1))
    return out
