"""A company named by its short name as the owner of its chief executive: "said Dana Holt,
Quillmark's chief executive". A staff newsletter names the firm in full only in its page
furniture (read away as boilerplate), then as "Quillmark" and "Quillmark's" in the story; an
executive's post says the name is a company's, so the analyst gets the employer.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found, is_place
from briefdeck.extract.org_new_names import NewNames

_EXECUTIVE_OWNER = re.compile(
    r"(?<![\w'’.-])(?P<firm>(?!(?:The|A|An|Its|Their|Our|His|Her|Company|Firm|Group|Board|"
    r"Bank|Agency|Ministry|Country|Nation|State|City|Party)\b)"
    r"[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,}){0,2})['’]s[ \t]+"
    r"(?:chief[ \t]+(?:executive|operating|financial)(?:[ \t]+officer)?|CEO|CFO|COO|"
    r"managing[ \t]+director|chair(?:man|woman)|founder)\b")


def executive_owners(text: str, found: dict[str, Found]) -> None:
    """Add each firm named only as its chief executive's owner, unless found already."""
    if "’s " not in text and "'s " not in text:
        return
    new = NewNames(found)
    for m in _EXECUTIVE_OWNER.finditer(text):
        start, end = m.span("firm")
        name = text[start:end]
        if is_place(name):
            continue
        if not new.add(name, start, end):
            break
