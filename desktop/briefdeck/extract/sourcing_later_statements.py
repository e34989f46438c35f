"""A body's later statement, its owner known from before: "A second statement said ...",
"A second CTD statement said", "In a second statement, released early on Friday, the group
said", "Second statement from the Security Media Cell". A body that speaks again in a new
document is a new sourcing (the same statement again is not: body_statements.py), and a
second statement implies the first, so it is read only once some source has spoken.
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Sentence
from briefdeck.extract.sourcing_bodies import REVISED_COUNT
from briefdeck.extract.sourcing_draft import SourcingDraft

_LATER_STATEMENT = re.compile(
    r"(?:\b[Ii]n\s+a\s+|\b[Aa]\s+|(?<![\w-])(?=[A-Z]))(?:[Ss]econd|[Tt]hird|[Ff]urther|"
    r"[Ff]ollow-up|[Ss]ubsequent|[Ll]ater)\s+(?:[A-Z][\w-]*\s+)?(?:statement|communiqu[eé])"
    r"(?:"
    # its issue in an aside: "In a second statement, released early on Friday,"
    r",\s+(?:released|issued|published|posted|put\s+out)\s+[^,;.\"“”]{2,50}(?=,)"
    # its issuer after it: "Second statement from the Security Media Cell"
    r"|\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,5}"
    # what it says: "A second statement said", "... issued on Tuesday raised the number"
    r"|(?:\s+(?:issued|released|published|posted)\s+[^,;.\"“”]{2,40}?)?\s+(?:said|says|"
    r"stated|added|reported|confirmed|claimed|announced|" + REVISED_COUNT + r")\b)")


def later_statements(d: SourcingDraft, sent: Sentence, low: str) -> None:
    """A body's second (third, further) statement: a new document, a new sourcing."""
    if not d.found or "statement" not in low and "communiq" not in low:
        return
    for m in _LATER_STATEMENT.finditer(d.text, sent.start, sent.end):
        d.add(m.start(), m.end(), "spokesperson", 1)
