"""A news item that cites its outlets: "- A ferry capsizes on the river. (Reuters) (AP)".

A day page of current events, a digest or a reading list gives each item as a bulleted
sentence closed by the outlets that reported it, in brackets. A picture's caption ends the
same way, "A launcher at the base. (U.S. Army)", but a caption is never a list item: a
bulleted line that ends a full sentence with bracketed names is a citation of the reporting,
and the caption rules leave it to be read.
"""

from __future__ import annotations

import re

# a list marker, then the item's sentence to its full stop; the bracketed names that close
# the item are read from the line's end (one regex over the whole line backtracks without end
# on a long run of hyphen-joined words in brackets)
_MARKER = re.compile(r"(?:[-–•*▪◦]|\d{1,3}[.)])\s")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s*$")
# an outlet's name or a few, "Reuters", "AP", "U.S. Army", "Rudaw, Shafaq": no character is
# both a word's and a separator's, so a failed match fails at once
_NAMES = re.compile(r"[A-Z0-9][\w.&'’-]*(?:[ ,/]+[\w.&'’-]+){0,6}")


def is_cited_item(text: str) -> bool:
    """A bulleted item that ends its sentence with the outlets it cites, in brackets."""
    if not text.endswith(")") or text[:1] not in "-–•*▪◦0123456789" or not _MARKER.match(text):
        return False
    end = len(text)
    for _ in range(6):
        start = text.rfind("(", 0, end)
        if start < 0 or not _NAMES.fullmatch(text, start + 1, end - 1):
            return False
        end = len(text[:start].rstrip())
        if text[end - 1:end] != ")":
            break
    return bool(_SENTENCE_END.search(text[:end])) and end > _MARKER.match(text).end()
