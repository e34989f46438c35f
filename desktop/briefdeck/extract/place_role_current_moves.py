"""Which moves read from drafted events the BLUF and key points may tell as news.

place_roles_from_moves.py gives a place the role a drafted withdrawal, handover or deployment
names it with, whenever the move was: a base handed over two years ago or a pull-out planned
for September is still a place left, and the map shows it so. The narrative's "troops leave
X" is the news, though: a place whose role only an event gives leads there only when a force
leaves it now (dated within two weeks of the latest day the report tells, or in that same
month), not in a plan ("by the end of September", "will leave", "is due to"), not a year-old
handover recalled as background, and not a mission's staff or diplomats leaving. A place the
report cues itself ("withdrew from X") is told as before. A deployment read from an event is
left to the map: "forces based at X" would misread a move as a posture. A speaker's own
move an event dates two months or more before the latest day told ("In February of this year we
deployed to X", said at the homecoming in November) is a finished tour: on the map, not told as
a move now.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

MOVES = ("withdrawal", "handover", "deployment")
PLAN = re.compile(r"\b(?:will|would|plans?|planned|due\s+to|is\s+to|are\s+to|scheduled|"
                  r"expected|set\s+to|provides?\s+for|draft|timetable|agreement)\b", re.I)
# (lower-case "military" and "army": "the Iraqi Military Academy" names no force that moves)
FORCES = re.compile(r"\b(?:[Tt]roops|[Ff]orces|[Ss]oldiers|[Cc]oalition|military|army|"
                    r"[Bb]attery|[Bb]rigade|[Bb]attalion|[Mm]arines|[Cc]ontingent|garrison|"
                    r"launchers)\b")
NOT_FORCES = re.compile(r"\b(?:staff|diplomat\w*|embass\w+|consulate|dependents|"
                        r"non-emergency)\b", re.I)
RECENT_DAYS = 14
OLD_DAYS = 62  # a move this long before the latest day told is over or background
OUR_MOVE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")  # "In February we did", "our battalion"


def _day(iso: str) -> date:
    parts = [int(x) for x in iso.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _current(e: Any, latest: date | None, doc: Any) -> bool:
    if not e.date or latest is None or e.date_text.lower().startswith("by "):
        return False
    said = e.summary
    if e.provenance is not None:
        i = doc.sentence_index(e.provenance.start)
        if i >= 0:
            sent = doc.sentences[i]
            said = doc.text[sent.start:max(sent.end, e.provenance.end)]
    if PLAN.search(said) or NOT_FORCES.search(said) or not FORCES.search(said):
        return False
    if e.date_precision == "day":
        return 0 <= (latest - _day(e.date)).days <= RECENT_DAYS
    return e.date_precision == "month" and e.date == latest.isoformat()[:7]


def _finished_spans(events: list[Any], latest: date | None, doc: Any) -> list[tuple[int, int]]:
    """The sentences in which a speaker tells their own unit's move dated two months or more
    before the latest day the report tells: a tour looked back on, not a move under way (a plan
    is dated ahead, never here; another's old move is left to the events' dates, which a
    report's background can misdate)."""
    spans = []
    for e in events:
        if e.kind not in MOVES or not e.date or latest is None or e.provenance is None:
            continue
        if (latest - _day(e.date)).days < OLD_DAYS:
            continue
        i = doc.sentence_index(e.provenance.start)
        if i >= 0:
            sent = doc.sentences[i]
            end = max(sent.end, e.provenance.end)
            if OUR_MOVE.search(doc.text, sent.start, end):  # (a speaker's own unit)
                spans.append((sent.start, end))
    return spans


def background_moves(places: list[Any], events: list[Any], mentions: list[Any],
                     doc: Any) -> set[str]:
    """Names of the places whose withdrawal or reinforcement only drafted events give and
    which the narrative leaves out (see the module's docstring)."""
    key_at = {m.start: m.key for m in mentions}
    cued = {(m.key, "reinforcement" if m.role == "stationed" else m.role) for m in mentions}
    keys: dict[str, set[str]] = {}
    for m in mentions:
        keys.setdefault(m.name.casefold(), set()).add(m.key)
    latest = max((_day(e.date) for e in events if e.date), default=None)
    now: set[str] = set()  # keys a current force move leaves
    for e in events:
        if e.kind in MOVES and e.kind != "deployment" and _current(e, latest, doc):
            for name in e.place.split(", "):
                now |= keys.get(name.casefold(), set())
    over = _finished_spans(events, latest, doc)
    out = set()
    for p in places:
        if p.role not in ("withdrawal", "reinforcement") or p.provenance is None:
            continue
        if any(a <= p.provenance.start < b for a, b in over):
            out.add(p.name)  # "In February of this year we deployed to X": a finished tour
            continue
        key = key_at.get(p.provenance.start)
        if (key, p.role) in cued:
            continue
        if p.role == "reinforcement" or key not in now:
            out.add(p.name)
    return out
