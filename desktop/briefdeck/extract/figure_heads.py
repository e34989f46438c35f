"""A count set after its noun: "drones, at least three per the SDF media centre".

Notes and chat messages name the thing, then how many ("Attack was last night, drones, at
least three ..."): a bare number opening the clause after a plural and its comma counts that
plural.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_nouns import PLURAL

# "..., drones, " / "rockets, ": the plural ending the clause just before the number
_HEAD_BEFORE = re.compile(r"(?:^|[,;:(]\s*|\s-\s)([a-z][a-z-]{2,}s|personnel|people),\s+$")


def head_before(text: str, start: int, sent_start: int) -> str:
    """The plural named just before the bare number at start, or ''."""
    head = _HEAD_BEFORE.search(text, max(sent_start, start - 30), start)
    if head and PLURAL.fullmatch(head.group(1)):
        return head.group(1)
    return ""
