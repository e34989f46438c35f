"""A statement credited to the person who gave it, named after their office: "Baghdad denied
it in a statement on Tuesday from the prime minister's spokesman, Jane Roe." The body's denial
is one sourcing; the spokesperson named after "from" is another, a named official, as "said
Jane Roe, the ministry's spokeswoman" would be.
"""

from __future__ import annotations

import re
from typing import Any

Found = tuple[int, int, str, int | None]

# "from the prime minister's spokesman, Jane Roe" (the name's words may wrap onto a new line)
_FROM_SPOKESPERSON = re.compile(
    r"from[ \t\n]+(?:the|its|a|an|their|his|her)[ \t\n]+(?:[\w'’.-]++[ \t\n]+){0,4}?"
    r"spokes(?:man|woman|person),[ \t\n]+(?P<name>[A-Z][\w'’-]*+(?:[ \t\n]+(?:al-|el-)?"
    r"[A-Z][\w'’-]*+){1,2})"
)


def statement_givers(text: str, people: Any) -> list[Found]:
    """(start, end, kind, count) of each spokesperson a statement is credited to by name."""
    out: list[Found] = []
    at = text.find("spokes")
    while at >= 0:  # (from each spokesperson back to its "from": few have one)
        start = text.rfind("from", max(0, at - 70), at)
        m = _FROM_SPOKESPERSON.match(text, start, at + 70) if start >= 0 else None
        if m and people.resolve(" ".join(m.group("name").split())):
            out.append((m.start(), m.end(), "named official", 1))
        at = text.find("spokes", at + 6)
    return out
