"""A drone told only by its strike: "Drone strike on a car near Nabatieh, 2 killed". Where a
report names no drone otherwise, the strike's drone is the weapon it tells of, so it is
briefed; where drones are named elsewhere, "drone strike" adds nothing (the strike itself is
an event, never a system).
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Document
from briefdeck.extract.system_status import SystemMention, _status_near

_DRONE_STRIKE = re.compile(r"(?<![\w-])[Dd]rone\s+strikes?\b")


def strike_drones(doc: Document, found: list[SystemMention]) -> list[SystemMention]:
    """The drone of the first "drone strike" outside boilerplate, when found has no drone."""
    text = doc.text
    if any(f.category == "drone" for f in found):
        return []
    at = text.find("rone strike")
    while at != -1:
        m = _DRONE_STRIKE.match(text, at - 1) if at else None
        sent = doc.sentence_at(at) if m else None
        if m and sent and m.end() <= sent.end:
            end = m.start() + 5
            status = _status_near(text, sent.start, sent.end, m.start(), end, "drone")
            return [SystemMention("drones", "drone", m.start(), end, status)]
        at = text.find("rone strike", at + 11)
    return []
