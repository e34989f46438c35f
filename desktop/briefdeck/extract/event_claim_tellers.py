"""Who tells a claimed toll when the teller is an office named in common nouns.

"The Houthi-run health ministry claimed that the strikes killed six", "the rebels' media
office claimed that": the teller has no proper name, only a description whose last word is an
institution (ministry, spokesman, command). toll_claims.py reads capitalised names; this reads
such a description so the slide can still say whose claim the toll is ("according to
Houthi-run health ministry") rather than state it as fact. Unnamed people (witnesses,
residents, sources) are still nobody: a guess would misattribute.
"""

from __future__ import annotations

import re

# The description ends on an institution's noun, right before the claim's verb; before it up
# to four modifiers ("Houthi-run health", "rebel-held interior", "group's military"), from the
# article or the start of the head. A bare "the ministry" names no one a reader can place.
_OFFICE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+|^\s*)"
    r"((?:(?!(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s)[\w'’-]{1,30}\s+){1,4}?(?:ministry|spokes(?:man|woman|person)|media\s+office|"
    r"press\s+office|office|command|agency|authorit(?:y|ies)|directorate|department|"
    r"council|committee|channel|military|army|wing))"
    r"\s+(?:(?:has|had|also|later|then|now)\s+)*$"
)
# Words that end the description's reach: a clause or a list before it.
_BREAK = re.compile(r"[,;:()\"“”]")


def office_teller(head: str) -> str:
    """The institution that tells the claim whose verb ends head ("Houthi-run health
    ministry"), or ''. Cheap: only the last clause of head is read."""
    cut = max((m.end() for m in _BREAK.finditer(head)), default=0)
    tail = head[cut:]
    if len(tail) > 90:
        tail = tail[-90:]
    m = _OFFICE.search(tail)
    if m is None:
        return ""
    who = " ".join(m.group(1).split())
    return who if any(c.isalpha() for c in who) else ""
