"""A body's statement named by its date, as an erratum or a review cites it: "The Ministry of
Public Health's statement of 13 October gave three killed". The statement is the body
speaking (spokesperson), with "gave" or "put" for the count it gave.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DATED = re.compile(
    rf"\b(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[A-Z][\w.'’-]*)"
    rf"{{0,5}}['’]s[ \t]+(?:statement|communiqu[eé]|bulletin|release)[ \t]+of[ \t]+"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})[ \t]+"
    rf"(?:gave|put|said|listed|reported|counted)\b"
)


def dated_statements(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each body's statement cited by its date."""
    if (
        "statement of " not in text
        and "bulletin of " not in text
        and "release of " not in text
        and "communiq" not in text
    ):
        return []
    return [(m.start(), m.end(), "spokesperson", 1) for m in _DATED.finditer(text)]
