"""The outlet's own correspondent, brought in to report: "Our Middle East correspondent Jane
Roe reports from Beirut", or a wire's own man on the spot, unnamed: "NNA's correspondent in
Bint Jbeil reported". What they saw and were told is sourced to them: another source (not an
official, not another outlet), counted once."""

from __future__ import annotations

import re

_OUR = re.compile("[Oo]ur ")
_OUR_CORRESPONDENT = re.compile(
    r"[Oo]ur\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z]+\s+)?(?:correspondent|reporter)\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:reports|has\s+more|sends\s+this\s+report)"
    r"(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?")

# "NNA's correspondent in Bint Jbeil reported", "the agency's reporter in Sidon said", "Al
# Mayadeen's correspondent in al-Hasakah reported"
_WIRE_CORRESPONDENT = re.compile(
    r"\b(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*|[Tt]he\s+agency)['’]s\s+(?:[a-z]+\s+)?"
    r"(?:correspondent|reporter)(?:\s+in\s+(?:the\s+)?(?:al-)?[A-Z][\w'’-]*"
    r"(?:[ -][A-Z][\w'’-]*){0,2})?\s+"
    r"(?:reported|reports|said|says)\b")


def own_correspondents(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each correspondent of the outlet brought in to report."""
    if "correspondent" not in text and "reporter" not in text:
        return []
    found = []
    for our in _OUR.finditer(text):  # (a literal first: the pattern is tried only there)
        m = _OUR_CORRESPONDENT.match(text, our.start())
        if m and not text[our.start() - 1:our.start()].isalpha():  # (not "four")
            found.append((m.start(), m.end(), "other", 1))
    if "s correspondent " in text or "s reporter " in text:
        outlets = set()  # (the same outlet's correspondent again: counted once)
        for m in _WIRE_CORRESPONDENT.finditer(text):
            # (its name's last word: "Later NNA's" is NNA's)
            outlet = m.group(0).replace("’", "'").split("'")[0].split()[-1].casefold()
            if outlet not in outlets:
                outlets.add(outlet)
                found.append((m.start(), m.end(), "other", 1))
    return found
