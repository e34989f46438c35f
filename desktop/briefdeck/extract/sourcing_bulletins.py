"""A regulator's or a service's bulletin, advisory or notice, updated or issued by name.

"The X Agency updated its conflict zone bulletin for Iraq" cites a standing document the
body keeps and revises: the bulletin is the source of what follows (a document), as a
report or an assessment is. The body's own name must stand just before the verb, so an
airline's "we updated our advice" is no source.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str, int | None]

_BULLETIN = re.compile(
    r"\b(?:updated|issued|published|revised|reissued|extended)[ \t]+its[ \t]+"
    r"(?:[\w-]++[ \t]+){0,3}?(?:bulletin|advisory|notice)"
    r"(?:[ \t]+(?:for|on)[ \t]+[A-Z][\w'’-]*+)?"
)
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*+[ \t]++$")


def bulletins(text: str) -> list[Found]:
    """(start, end, kind, count) of each named body's bulletin cited as a source."""
    if "bulletin" not in text and "advisory" not in text and " notice" not in text:
        return []  # (the words first: cheaper than the scan)
    out: list[Found] = []
    for m in _BULLETIN.finditer(text):
        if _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            out.append((m.start(), m.end(), "document", 1))
    return out
