"""Places read together: a list, a follow-on, a place that only locates another.

"Erbil, Baghdad and Basra", "X was transferred on March 19, followed by Y": a place listed after
another in its sentence shares that one's role. "Qayyarah Airfield West near Mosul", "Camp
Taji, Iraq": the second place only says where the first is, and is merely mentioned.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefdeck.extract.place_role_journeys import move_ends
from briefdeck.extract.place_roles import BLOCKER

if TYPE_CHECKING:  # (places imports this module)
    from briefdeck.extract.places import PlaceMention

# What stands between a place and the one it locates ("X near Y", "X, north of Y", "X, Iraq").
LOCATOR = re.compile(r",\s*|(?:\s+(?:compound|base|air\s+base|airfield|airport|headquarters|"
                     r"camp|garrison|outpost|site|facility|complex|district|area|port|"
                     r"town|village|city))?"
                     r",?\s*(?:near|in|outside|of|just\s+outside|close\s+to|"
                     r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?"
                     r"(?:(?:north|south|east|west)\w*\s+)?")
LIST_GLUE = re.compile(r"^(?:[^.;]{0,50}?)(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)"
                       r"(?:(?:from|to|at|in|near|on)\s+)?(?:the\s+)?"
                       r"(?:possibly\s+|perhaps\s+|maybe\s+)?$")
# "X was transferred on March 19, followed by Y": Y shares X's role.
FOLLOW_GLUE = re.compile(r"(?:,\s*|\s+)(?:followed\s+by|then|as\s+well\s+as|along\s+with)\s+"
                         r"(?:the\s+)?$")


def _list_head(found: list[PlaceMention], text: str, sent_start: int,
               start: int) -> PlaceMention | None:
    """The place this one is listed after, in the same sentence, if any."""
    for prev in reversed(found):
        if prev.start < sent_start:
            return None
        if prev.locator:
            continue
        glue = text[prev.end:start]
        if BLOCKER.search(glue) or move_ends(text, prev.start, glue):
            return None  # ("from X to Y": the move's two ends, no list)
        if (start - prev.end <= 70 and LIST_GLUE.match(glue)) or (
                start - prev.end <= 120 and FOLLOW_GLUE.search(glue)):
            return prev
        return None
    return None
