"""A source named only in a document's closing credit line.

A caption file ends "CAPTIONS PAID FOR BY WKBN FIRST NEWS" (the station that aired it); a
remarks transcript ends "Transcript prepared by the 11th ... Public Affairs Office". With no
masthead or byline above, that credit is who the analyst cites.
"""

from __future__ import annotations

import re

_CREDIT = re.compile(
    r"^(?:(?:closed\s+)?caption(?:s|ing)\s+(?:(?:is|are)\s+)?(?:paid\s+for|sponsored|"
    r"made\s+possible)\s+by|(?:this\s+)?transcript\s+(?:was\s+)?prepared\s+by)\s+(?:the\s+)?"
    r"([A-Za-z0-9][\w&'’ -]{2,80}?)\s*(?:[.,;]|$)",
    re.IGNORECASE,
)


def closing_credit(lines: list[tuple[str, bool]]) -> str:
    """The credited name in one of the last lines ('WKBN First News'), or ''."""
    for line, _ in lines[-4:]:
        m = _CREDIT.match(line)
        if m:
            name = m.group(1).strip()
            return " ".join(_recase(w) for w in name.split()) if name.isupper() else name
    return ""


def _recase(word: str) -> str:
    """'FIRST' -> 'First'; a call sign or an initialism ('WKBN', 'ABC') stays."""
    if len(word) <= 3 or not re.search(r"[AEIOU]", word) or not word.isalpha():
        return word
    return word.capitalize()
