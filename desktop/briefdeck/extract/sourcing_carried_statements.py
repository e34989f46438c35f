"""A body's statement the press carried, as the subject of the news: "A Kuwaiti army statement
carried by the state news agency KUNA raised the toll".

The statement speaks for its body (a spokesperson source); the agency that carried it is only
the channel, so the verb after the agency's name is the statement's, not the agency's.
"""

from __future__ import annotations

import re

# (the body named in capitals before "statement": "In a statement carried by X, the army
# said" has the army as its source already)
_CARRIED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}(?:[a-z]+[ \t]+)?"
    r"(?:statement|communiqu[eé]|announcement|bulletin)[ \t]+(?:carried|published|broadcast|"
    r"relayed|run)[ \t]+by[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,4}(?:[A-Z][\w'’-]*[ \t]*){1,3}"
)
# What the agency's name follows when it only carried the statement ("carried by the state
# news agency "), searched in the 60 characters before the name.
CARRIED_BY_BEFORE = re.compile(
    r"\b(?:carried|published|broadcast|relayed|run)\s+by\s+(?:the\s+)?"
    r"(?:[a-z-]++\s+){0,4}$"
)

# " by" after one of _CARRIED's verbs: a cheap test before _CARRIED scans the whole text ("by"
# is searched for as a literal word, fast, and only its few hits look behind for the verb)
_BY = re.compile(r"by[ \t]")
_VERBS = ("carried", "published", "broadcast", "relayed", "run")


def _carried_by(text: str) -> bool:
    for m in _BY.finditer(text):
        k = m.start()
        while k and text[k - 1] in " \t":
            k -= 1
        if k < m.start() and text[max(0, k - 9) : k].endswith(_VERBS):
            return True
    return False


def carried_statements(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each body's statement named with the outlet carrying it."""
    if (
        "tatement" not in text
        and "ommuniq" not in text
        and "nnouncement" not in text
        and "ulletin" not in text
        or not _carried_by(text)
    ):
        return []
    return [
        (m.start(), len(m.group(0).rstrip()) + m.start(), "spokesperson", 1)
        for m in _CARRIED.finditer(text)
        if " by " in m.group(0)
    ]
