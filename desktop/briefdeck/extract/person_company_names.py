"""A company's short name read as a person's: "Sable Ridge said in a statement" after "he works
for Sable Ridge Services, a company that ...".

Two capitalised words before "said" look like a first name and a surname; where the text also
writes the same words followed by a company's last word ("Services", "Group", "LLC"), they are
the firm's name shortened, not a person (a person named with a title is left alone).
"""

from __future__ import annotations

import re

_FIRM_WORD = re.compile(
    r"[ \t]+(?:Services|Service|Group|Inc\b\.?|LLC|L\.L\.C\.|Ltd\b\.?|Limited|Company|Co\.|"
    r"Corp\b\.?|Corporation|Industries|Holdings|Technologies|Solutions|Logistics|Systems|"
    r"Aviation|Security|Partners|Associates|Consulting|Contracting|Energy|Trading|Shipping|"
    r"Aerospace|Enterprises|Resources|Management|Maritime)\b"
)


def company_short_form(text: str, name: str) -> bool:
    """Whether the text writes name with a company's last word after it, somewhere."""
    at = text.find(name)
    while at >= 0:
        if _FIRM_WORD.match(text, at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False
