"""Officers of a member club or lodge named by their office: "Post Commander Jane Roe" (a
veterans' post), "OVL National Commander Jane Roe" (the league's head), "Grand Knight John
Doe" (a Knights of Columbus council). The office words are the club's own, so the person is
read with them as the title; they hold no government or military office, and a sourcing
that names them is a private person's word (attribution_kinds.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# (gated on the office's own words: most texts have none)
_GATE = ("Post ", "National Commander", "Grand Knight", "Exalted Ruler", "Worshipful Master")
CLUB_OFFICE = (
    r"(?:Post|National)\s+(?:Commander|Adjutant|Quartermaster|Chaplain)|"
    r"Grand\s+Knight|Exalted\s+Ruler|Worshipful\s+Master"
)
_OFFICER = re.compile(
    rf"\b(?P<title>{CLUB_OFFICE})\s+(?P<name>[A-Z][a-z]++(?:\s+[A-Z]\.)?"
    r"\s+(?:Mc|Mac|O['’])?[A-Z][a-z'’-]++)\b(?!\s+[A-Z])"
)
# A title the people index recorded for a club's officer (person_kind reads it).
CLUB_TITLE = re.compile(rf"^(?:{CLUB_OFFICE})\b")


def club_officers(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) of each officer named after the club's office."""
    if not any(g in text for g in _GATE):
        return
    for m in _OFFICER.finditer(text):
        yield (m.group("name"), " ".join(m.group("title").split()), m.start("name"), m.end("name"))


def club_officer_kind(start: int, end: int, kind: str, people) -> str:
    """A sourcing that names a club's officer ("OVL National Commander Jane Roe praised the
    post in a statement") is a private person's word, whatever verb or statement it uses."""
    if kind not in ("spokesperson", "named official"):
        return kind
    mention = people.mention_at(start, end)
    person = people.by_key.get(mention[2].casefold()) if mention else None
    return "other" if person is not None and CLUB_TITLE.match(person.title) else kind
