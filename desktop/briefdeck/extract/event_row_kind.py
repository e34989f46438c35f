"""An incident table's row has its kind in its cells, not in a verb: a type or weapon cell
holding a move alone ("handover", "withdrawal") makes the row that move; a cell naming a
weapon ("rocket x2", "OWA UAS x1", "IED") makes a row read with no action word an attack.
"""

from __future__ import annotations

import re

_MOVES = {
    "handover": "handover", "hand-over": "handover", "handed over": "handover",
    "transfer": "handover", "base transfer": "handover", "base handover": "handover",
    "withdrawal": "withdrawal", "drawdown": "withdrawal", "closure": "withdrawal",
    "base closure": "withdrawal",
    "deployment": "deployment", "redeployment": "deployment", "reinforcement": "deployment",
    "arrival": "deployment",
}
_WEAPON = re.compile(r"\b(?:rockets?|mortars?|uas|uavs?|owa|drones?|missiles?|i?ed|vbied|"
                     r"grenades?|rpgs?|artillery|shelling|gunfire|small\s+arms|sniper)\b")


def row_kind(cells: tuple[str, ...], kind: str, armed: bool) -> str:
    """The kind of a row of lower-cased cells read as `kind` (armed: it names a weapon the
    reader knows)."""
    for cell in cells:
        move = _MOVES.get(cell.strip(" .;:"))
        if move is not None:
            return move
    if kind == "other" and (armed or any(_WEAPON.search(c) for c in cells)):
        return "attack"
    return kind
