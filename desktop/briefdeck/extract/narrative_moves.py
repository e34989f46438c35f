"""Which places a move names: left, reinforced, told as a move or only as a base, or to come.

A reinforced place is drafted for forces "stationed" there too; the BLUF and the key points say
"forces move to" only where the report tells a move, and "(announced)" where every move it
tells is still to come. A place the report only may name keeps its "possibly".
"""

from __future__ import annotations

from briefdeck.extract.moves_due import move_due
from briefdeck.extract.narrative_phrases import BROAD
from briefdeck.extract.narrative_tolls import told_as_to_come
from briefdeck.extract.places import PlaceMention
from briefdeck.model import Place


def _place_names(places: list[Place], mentions: list[PlaceMention], role: str) -> list[str]:
    return _names([p for p in places if p.role == role and p.kind not in BROAD], mentions)


def _moved_to(places: list[Place], mentions: list[PlaceMention]) -> list[str]:
    """The reinforced places the report tells as a move, not forces merely based there (a
    "stationed" mention is drafted as a reinforcement)."""
    moved = {m.key for m in mentions if m.role == "reinforcement"}
    key_at = {m.start: m.key for m in mentions}
    return _names([p for p in places if p.role == "reinforcement" and p.kind not in BROAD
                   and key_at.get(p.provenance.start if p.provenance else -1) in moved],
                  mentions)


def _to_come(text: str, places: list[Place], mentions: list[PlaceMention],
             role: str = "reinforcement") -> set[str]:
    """The places of a move (reinforced, or left) whose every move is told as to come ("will
    send ... to X", "will move from X", "plans to pull out of X"), or as ordered or due by a
    deadline ("directs forces to leave X by 31 JAN 27": moves_due.py)."""
    keyed = {p.provenance.start: p.name for p in places if p.provenance}
    key_of = {m.key: keyed.get(m.start) for m in mentions if m.start in keyed}
    moves: dict[str, list[bool]] = {}
    for m in mentions:
        if m.role == role and key_of.get(m.key):
            moves.setdefault(key_of[m.key], []).append(
                told_as_to_come(text, m.start) or move_due(text, _line_start(text, m.start),
                                                           m.start, m.end))
    return {name for name, told in moves.items() if all(told)}


def _line_start(text: str, at: int) -> int:
    """Where the line (or, failing that, the sentence) holding at begins: the move's clause
    does not reach back past it."""
    return max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1, 0)


def _names(chosen: list[Place], mentions: list[PlaceMention]) -> list[str]:
    possibly = {m.name for m in mentions if m.possibly}
    chosen = [p.name for p in chosen]
    # "Irbil" beside "Irbil Air Base" says the same place twice
    chosen = [n for n in chosen if not any(o != n and o.startswith(n) for o in chosen)]
    return [f"possibly {n}" if n in possibly else n for n in chosen]


def _strip(name: str) -> str:
    return name.removeprefix("possibly ")
