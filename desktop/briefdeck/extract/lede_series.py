"""A wire alert series: its latest take is the story to brief.

A wire file often holds a whole series of one story, URGENT, then UPDATE 1, UPDATE 2 and a
WRAPUP, each take with its own headline and lede, each superseding the one before ("toll rises
to nine"). The first take's "three killed" is stale by the wrap-up; a reader briefs the latest
take's lede, so the lede is looked for from the last take's marker on.
"""

from __future__ import annotations

import re

# A take's marker or its headline's slug at a line's head: "UPDATE 2", "WRAPUP 1-U.S. strikes".
_TAKE = re.compile(r"(?m)^[ \t]*(?:UPDATE[ \t]+\d{1,2}|WRAPUP(?:[ \t]+\d{1,2})?)[ \t]*(?:-|$)")


def latest_take(text: str) -> int:
    """Where a series' latest take starts past its marker's line (its headline), or -1 for a
    single story."""
    if "UPDATE" not in text and "WRAPUP" not in text:  # (cheap: most texts have neither)
        return -1
    takes = list(_TAKE.finditer(text))
    if len(takes) < 2:
        return -1
    end = text.find("\n", takes[-1].end())
    return end if end > 0 else -1


# A desk's slug line ("YEMEN-SECURITY/WRAPUP"): capitals, no lower-case word.
_SLUG_LINE = re.compile(r"^[^a-z]*$")
_MARKER = re.compile(r"^\s*(?:UPDATE\s+\d{1,2}|WRAPUP(?:\s+\d{1,2})?)\s*-?\s*")


def latest_headline(text: str) -> str:
    """A series' title is its latest take's headline, without the desk's slug ("WRAPUP 1-U.S.
    strikes Yemen port ..." -> "U.S. strikes Yemen port ..."): the first take's "three killed"
    is stale by the wrap-up. '' for a single story or a take without a headline line."""
    if "UPDATE" not in text and "WRAPUP" not in text:  # (cheap: most texts have neither)
        return ""
    takes = list(_TAKE.finditer(text))
    if len(takes) < 2:
        return ""
    start = takes[-1].start()
    for n, line in enumerate(text[start:start + 600].splitlines()[:4]):
        line = _MARKER.sub("", line).strip() if n == 0 else line.strip()
        if not line or _SLUG_LINE.match(line):
            continue
        words = len(line.split())
        # a headline fills its line without a full stop; the take's lede ends in one
        return line if 3 <= words <= 25 and not line.endswith(".") else ""
    return ""
