"""An unnamed official described by what they did, then the verb: "a retired planner who worked
on the move told the case author", "two officers who saw the launch said". The clause between
the noun and the verb keeps the plain "X said" scans from reading it; the source is the noun.
"""

from __future__ import annotations

import regex

from briefdeck.extract.attribution_kinds import count_of

# the source before " who " (searched in a short window ending there) ...
_SOURCE_BEFORE = regex.compile(
    r"\b(?P<who>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother)\s++(?:[\w-]++\s++){0,3}?"
    r"(?:official|officer|planner|commander|diplomat|aide|adviser|advisor|source|staffer)s?)$"
)
# ... and the clause after it, up to the verb
_CLAUSE_TO_VERB = regex.compile(r"[^,;:\"“”.\n]{3,80}?\s(?:told|said)\b")


def who_clauses(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each unnamed official with a who-clause."""
    found = []
    at = text.find(" who ")
    while at >= 0:
        source = _SOURCE_BEFORE.search(text, max(0, at - 70), at)
        if source:
            clause = _CLAUSE_TO_VERB.match(text, at + 5)
            if clause:
                found.append(
                    (
                        source.start(),
                        clause.end(),
                        "anonymous official",
                        count_of(source.group("who")),
                    )
                )
        at = text.find(" who ", at + 5)
    return found
