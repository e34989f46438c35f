"""Marking places as attack targets once a reading has found the mentions that say so.

Both the drafted attacks (place_roles_from_events.py) and an incident table's rows
(place_role_table_rows.py) end the same way: a place still "mentioned" whose mention they found
becomes "attack target", and its evidence moves to the words that say it was hit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Places a role can point at: a town or a site (a country or a province an attack or a move is
# placed in is where it was, not what was hit, left or reinforced).
POINT_KINDS = ("installation", "city")


def marked_targets(places: list[Any], mentions: list[Any], hit: dict[str, Any],
                   may: Callable[[Any, str], bool]) -> list[Any]:
    """places with each one `may` allow, whose mention's key is in hit, made "attack target";
    hit maps a key to the mention to cite (None: keep the place's own evidence)."""
    key_at = {(m.start, m.end): m.key for m in mentions}
    out = []
    for p in places:
        key = key_at.get((p.provenance.start, p.provenance.end)) if p.provenance else None
        if key in hit and may(p, key):
            update: dict[str, Any] = {"role": "attack target"}
            if hit[key] is not None:
                update["provenance"] = p.provenance.model_copy(
                    update={"start": hit[key].start, "end": hit[key].end})
            p = p.model_copy(update=update)
        out.append(p)
    return out
