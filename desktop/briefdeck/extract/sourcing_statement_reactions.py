"""A reaction told through its own statement is that statement, not a second source.

"President Jane Roe condemned the strikes and called on ..., according to a statement from
the presidency": the reaction is what the presidency's statement says, so the report has one
source (the statement), not the president as well. Only a reaction (condemned, denounced,
rejected, called) opening into "according to a statement from/by ..." later in its own
sentence is dropped; "the minister said ..., according to the agency" relays a source and
keeps both.
"""

from __future__ import annotations

import re

_REACTION = ("condemned", "denounced", "rejected", "called")
_OWN_STATEMENT = re.compile(r"according\s+to\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?"
                            r"statement\s+(?:from|by|of|issued\s+by)\b")


def told_through_statement(text: str, found: list[tuple]) -> list[tuple]:
    """`found` (sorted by start) without a reaction its sentence credits to a statement."""
    kept = []
    for i, f in enumerate(found):
        if i + 1 < len(found) and text.endswith(_REACTION, f[0], f[1]):
            nxt = found[i + 1]
            gap = text[f[1]:nxt[0]]
            if nxt[1] - f[1] < 400 and "\n" not in gap and not re.search(r"[.!?][\"”]?\s", gap) \
                    and _OWN_STATEMENT.match(text, nxt[0], nxt[1]):
                continue
        kept.append(f)
    return kept
