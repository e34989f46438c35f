"""A lawsuit's parties named as such: "Plaintiff Jane Roe is the widow of ...", "Plaintiffs
John Roe and Mary Roe Smith are his children". The court papers name them so in their body
(the caption sets them in capitals); each is a person of the case, titled by their part in it.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}"
_PARTIES = re.compile(rf"\b(?P<role>Plaintiff|Petitioner|Claimant|Relator)s?\s+"
                      rf"(?P<names>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*)")
_ONE = re.compile(_NAME)


def party_people(text: str) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of each party named after "Plaintiff(s)" and the like."""
    if "laintiff" not in text and "etitioner" not in text and "laimant" not in text and \
            "Relator" not in text:
        return []
    found = []
    for m in _PARTIES.finditer(text):
        role = m.group("role").lower()
        for one in _ONE.finditer(text, m.start("names"), m.end("names")):
            found.append((one.group(0), role, one.start(), one.end()))
    return found
