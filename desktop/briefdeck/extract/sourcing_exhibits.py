"""Exhibits a court record cites as the source of a fact.

In a hearing's transcript counsel offers documents by their exhibit number and says what each
is: "Exhibit 14 is the Army's exploitation report", "Exhibit 14-A, the amended casualty
report, lists ...", "Exhibit 15, a CJTF-OIR press statement". The exhibit's description is
the sourcing: a report, an assessment or a record is a document; a body's statement or
release speaks for that body (spokesperson).
"""

from __future__ import annotations

import re

Found = tuple[int, int, str, int | None]

_EXHIBIT = re.compile(
    r"\b(?:Government[ \t]+|Defen[cs]e[ \t]+)?Exhibit[ \t]+\d{1,4}+(?:-[A-Z]\b)?"
    r"(?:,[ \t]+|[ \t]+is[ \t]+)(?:the|an?)[ \t]+(?P<what>(?:[\w'’-]++[ \t]+){0,5}?)"
    r"(?P<noun>report|assessment|record|log|memorandum|memo|summary|"
    r"statement|release|readout)\b"
)
_SPOKEN = frozenset(("statement", "release", "readout"))


def exhibits(text: str) -> list[Found]:
    """(start, end, kind, count) of each exhibit described as a source."""
    if "Exhibit " not in text:
        return []  # (the word first: cheaper than the scan)
    out: list[Found] = []
    for m in _EXHIBIT.finditer(text):
        if m.group("noun") in _SPOKEN:
            if not any(w[:1].isupper() for w in m.group("what").split()):
                continue  # "Exhibit 9 is the statement": whose, it does not say
            out.append((m.start(), m.end(), "spokesperson", 1))
        else:
            out.append((m.start(), m.end(), "document", 1))
    return out
