"""A bare count after a count of one borrows its noun in the plural: "from one battery to three".

The story names the noun once, with the one; the larger count after it counts the same
things, so it is briefed as "three batteries".
"""

from __future__ import annotations

import re

_SINGULAR_NOUN = re.compile(r"[a-z]{3,}(?<!s)")


def plural_after_one(rows: list[list]) -> None:
    """"grown from one battery to three": the bare count borrows the noun of the one before
    it, counted in the plural ("three batteries")."""
    ones = {r[1] for r in rows if r[0].value == 1 and r[2] and _SINGULAR_NOUN.fullmatch(r[1])}
    for row in rows:
        if row[1] in ones and row[0].value > 1 and not row[2]:
            noun = row[1]
            row[1] = noun[:-1] + "ies" if noun[-1] == "y" and noun[-2] not in "aeiou" else \
                noun + "s"
