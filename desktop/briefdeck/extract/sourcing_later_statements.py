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
    # (or the body's own, updated: "Its updated statement at 10 am raises that to six")
    r"(?:\b[Ii]n\s+a\s+|\b[Aa]n?\s+|\b(?:[Ii]ts|[Tt]heir)\s+|(?<![\w-])(?=[A-Z]))"
    r"(?:[Ss]econd|[Tt]hird|[Ff]urther|[Ff]ollow-up|[Ss]ubsequent|[Ll]ater|[Uu]pdated|"
    r"[Rr]evised)\s+(?:[A-Z][\w-]*\s+)?(?:statement|communiqu[eé])"
    r"(?:\s+(?:at|on)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|[A-Z][a-z]+day))?"
    r"(?:"
    # its issue in an aside: "In a second statement, released early on Friday,"
    r",\s+(?:released|issued|published|posted|put\s+out)\s+[^,;.\"“”]{2,50}(?=,)"
    # its issuer after it: "Second statement from the Security Media Cell"
    r"|\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,5}"
    # what it says: "A second statement said", "... issued on Tuesday raised the number"
    r"|(?:\s+(?:issued|released|published|posted)\s+[^,;.\"“”]{2,40}?)?\s+(?:said|says|"
    r"stated|added|reported|confirmed|claimed|announced|" + REVISED_COUNT + r")\b)")

# A body's own numbered or updated statement, its owner named, opening the sourcing: "The
# health ministry's first statement, at 6 am, said".
_OWNED_STATEMENT = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:ministry|army|military|command|government|police|"
    r"group|militia|directorate|agency)(?:'s|’s)\s+(?:first|initial|second|third|latest|"
    r"updated|revised|new)\s+statement(?:,\s+[^,;.\"“”]{2,40},)?\s+(?:said|says|stated|"
    r"reported|put|gave)\b")


def later_statements(d: SourcingDraft, sent: Sentence, low: str) -> None:
    """A body's second (third, further) statement: a new document, a new sourcing."""
    if "statement" not in low and "communiq" not in low:
        return
    if not d.found:  # (once a source has spoken, "the command's first statement" is its own
        # words again, counted there)
        for m in _OWNED_STATEMENT.finditer(d.text, sent.start, sent.end) if "s " in low else ():
            d.add(m.start(), m.end(), "spokesperson", 1)
        return
    for m in _LATER_STATEMENT.finditer(d.text, sent.start, sent.end):
        d.add(m.start(), m.end(), "spokesperson", 1)
