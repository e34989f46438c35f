"""A news item that cites its outlets: "- A ferry capsizes on the river. (Reuters) (AP)".

A day page of current events, a digest or a reading list gives each item as a bulleted
sentence closed by the outlets that reported it, in brackets. A picture's caption ends the
same way, "A launcher at the base. (U.S. Army)", but a caption is never a list item: a
bulleted line that ends a full sentence with bracketed names is a citation of the reporting,
and the caption rules leave it to be read.
"""

from __future__ import annotations

import re

# a list marker, the item's sentence to its full stop, then one or more bracketed names
_CITED_ITEM = re.compile(
    r"^(?:[-–•*▪◦]|\d{1,3}[.)])\s+.*[.!?][\"”’]?"
    r"(?:\s*\((?:[A-Z0-9][\w.&'’-]*)(?:[ ,/-]+[\w.&'’-]+){0,6}\)){1,6}\s*$"
)


def is_cited_item(text: str) -> bool:
    """A bulleted item that ends its sentence with the outlets it cites, in brackets."""
    return text.endswith(")") and text[:1] in "-–•*▪◦0123456789" and bool(
        _CITED_ITEM.match(text))
