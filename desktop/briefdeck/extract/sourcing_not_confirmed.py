"""Unnamed officials who have not confirmed a claim: "U.S. officials have not confirmed who
launched the drones", "two officials could not verify the group's claim".

A claim reported beside the officials' silence on it is weighed by that silence: the officials
are a source of the report (their word is that they do not confirm), counted as any unnamed
officials are ("officials": how many is not said).
"""

from __future__ import annotations

import re

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NOT_CONFIRMED = re.compile(
    r"(?<![\w.'’-])(?P<who>(?:(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)[ \t]+)?"
    r"(?:(?:U\.S\.|[A-Z][a-z]+|senior|military|defen[cs]e|security|local)[ \t]+){0,3}"
    r"(?P<noun>officials?|sources?))[ \t]+(?:have|has|had|could|did)[ \t]+not[ \t]+"
    r"(?:yet[ \t]+|independently[ \t]+)?(?:confirmed|confirm|verified|verify|corroborated)\b"
    r"[^.;\n\"“”]{0,60}+"
)


def not_confirmed(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each unnamed source said not to confirm a claim."""
    if (
        " not confirm" not in text
        and " not verif" not in text
        and " not yet confirm" not in text
        and " not independently" not in text
        and " not corroborat" not in text
    ):
        return []
    out: list[tuple[int, int, str, int | None]] = []
    for m in _NOT_CONFIRMED.finditer(text):
        n = m.group("n")
        count = _NUMBERS[n.lower()] if n else None if m.group("noun").endswith("s") else 1
        out.append((m.start("who"), m.end(), "anonymous official", count))
    return out
