"""Whether a dated move told with no place of its own is a happening worth an event.

"The army pulled out of most border villages on February 18", "the battery returned in June",
"the EU launched its own naval mission in February": a withdrawal, handover or deployment
is news of its day even when no place in the gazetteer is named. A move that is only planned
or spoken of in general ("the decision to consolidate", "due to head home this month", "even
as launchers are withdrawn") is not one.
"""

from __future__ import annotations

import re

MOVES = frozenset({"withdrawal", "handover", "deployment"})
_NOT_DONE = re.compile(
    r"\b(?:due\s+to|decision|decided|plan(?:s|ned)?|would|will|expected\s+to|set\s+to|"
    r"(?:is|are)\s+(?:being\s+)?(?:withdrawn|moved|handed|deployed|pulled|transferred))\b",
    re.I)


def placeless_move_kept(kind: str, places: list[str], summary: str) -> bool:
    """True unless a move with no place reads as a plan or a general statement."""
    if places or kind not in MOVES:
        return True
    return _NOT_DONE.search(summary) is None
