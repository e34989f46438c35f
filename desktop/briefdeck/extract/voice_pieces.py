"""A correspondent's voice piece is the report itself, though a script sets it in quotes.

A radio script quotes its correspondent's piece whole, from the first words to the sign-off
("... Laila Haddad, World Radio News, Beirut."). Inside it, "residents told me" and "a senior
official told me" are the report's own sourcing, not words a speaker relays: the piece is no
quotation for sourcing.
"""

from __future__ import annotations

import re

# the out-words: "Name Surname, Outlet Words, Place." closing the quotation
_SIGN_OFF = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2},\s+(?:[A-Z][\w'’-]*\s+){0,4}"
                       r"[A-Z][\w'’-]*,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\.\s*[\"”]$")
# what may open the line before the quotation: a script's label, "(VOICE PIECE - X:)"
_LABEL = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*|[A-Z][A-Z .'’-]{1,40}:\s*)?$")


def voice_piece(text: str, span: tuple[int, int]) -> bool:
    """Whether the quotation text[span] is a correspondent's whole piece."""
    start, end = span
    if end - start < 80:
        return False
    line = text.rfind("\n", 0, start) + 1
    return _LABEL.match(text, line, start) is not None and \
        _SIGN_OFF.search(text, max(start, end - 120), end) is not None


def report_quotes(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations that are speakers' words, a correspondent's pieces left out."""
    if "," not in text:
        return quoted
    return [q for q in quoted if not voice_piece(text, q)]
