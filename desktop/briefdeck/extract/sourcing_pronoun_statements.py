"""A body's statement named by a pronoun: "In their statement of 25 November they said",
"Its first warning to shipping described". The body is named in the sentence before; its
dated or ranked statement is a new document, so a source of its own (a spokesperson's).
"""

from __future__ import annotations

import regex

_DOC = r"(?:statement|release|notice|warning|advisory|update|bulletin|communiqu[eé])"
_PRONOUN_STATEMENT = regex.compile(
    # "In its statement of 25 November(,) it said"
    rf"\bIn\s++(?:its|their)\s++(?:(?:first|second|third|latest|initial|later|earlier)\s++)?"
    rf"{_DOC}\s++of\s++(?:\d{{1,2}}\s++[A-Z][a-z]++|[A-Z][a-z]++\s++\d{{1,2}})"
    rf"(?:,?\s++\d{{4}})?,?\s++(?:it|they)\s++(?:said|stated|added|wrote|reported)\b"
    # "Its first warning to shipping described", "Their statement said"
    rf"|\b(?:Its|Their)\s++(?:(?:first|second|third|latest|initial|later|earlier)\s++)?"
    rf"{_DOC}(?:\s++to\s++[a-z]++)?\s++(?:said|described|reported|gave|stated|put)\b"
)


def pronoun_statements(text: str) -> list[tuple[int, int, str, int | None]]:
    if (
        "In its " not in text
        and "In their " not in text
        and "Its " not in text
        and "Their " not in text
    ):
        return []
    return [(m.start(), m.end(), "spokesperson", 1) for m in _PRONOUN_STATEMENT.finditer(text)]
