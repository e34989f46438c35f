"""The outlet's own correspondent, brought in to report: "Our Middle East correspondent Jane
Roe reports from Beirut". What she saw and was told is sourced to her: another source (not an
official, not another outlet), counted once."""

from __future__ import annotations

import re

_OUR = re.compile("[Oo]ur ")
_OUR_CORRESPONDENT = re.compile(
    r"[Oo]ur\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z]+\s+)?(?:correspondent|reporter)\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:reports|has\s+more|sends\s+this\s+report)"
    r"(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?")


def own_correspondents(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each correspondent of the outlet brought in to report."""
    if "correspondent" not in text and "reporter" not in text:
        return []
    found = []
    for our in _OUR.finditer(text):  # (a literal first: the pattern is tried only there)
        m = _OUR_CORRESPONDENT.match(text, our.start())
        if m and not text[our.start() - 1:our.start()].isalpha():  # (not "four")
            found.append((m.start(), m.end(), "other", 1))
    return found
