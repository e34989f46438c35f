"""One ship, one system: "a U.S. Navy destroyer shot down three drones ... the destroyer USS
Mason" tells of one warship, first by its class and then by its name. When the report names
exactly one ship of a class right after the class word ("the destroyer USS Mason", "the
frigate Hydra"), the bare class ("destroyer", "frigates") is that ship; with two named ships of
the class it could be either and stays a class.
"""

from __future__ import annotations

import re

# The bare class systems of system_table.py and the class word written before a ship's name.
_CLASS_WORD = {"destroyer": "destroyer", "frigates": "frigate"}
# ("the Arleigh Burke-class destroyer USS Stockdale" names a type, briefed as a system of its
# own beside the ship: its class word stays that type's)
_CLASS_BEFORE = re.compile(r"(?<!-class\s)\b(destroyer|frigate)\s+(?:the\s+)?$", re.I)


def fold_classes_into_named_ships(text: str, mentions: list) -> list:
    """The mentions with a bare class renamed to the one ship of that class the report names
    (its category and status then merge as that ship's)."""
    if not any(m.name in _CLASS_WORD for m in mentions):
        return mentions
    ships: dict[str, set[str]] = {}
    for m in mentions:
        if m.category == "vessel" and m.name not in _CLASS_WORD:
            before = _CLASS_BEFORE.search(text, max(0, m.start - 20), m.start)
            if before:
                ships.setdefault(before.group(1).lower(), set()).add(m.name)
    out = []
    for m in mentions:
        named = ships.get(_CLASS_WORD.get(m.name, ""), set())
        if len(named) == 1:
            m = type(m)(next(iter(named)), "vessel", m.start, m.end, m.status)
        out.append(m)
    return out
