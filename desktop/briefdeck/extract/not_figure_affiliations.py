"""Affiliation numbers of a paper's authors: no counts.

A book of abstracts or a journal's title block lists each author's institution under a
superscript number that the PDF reader prints as a plain digit: "3 U.S. Army Air Defense
Artillery School, Fort Sill, Oklahoma, USA; 4 Calloway Institute, Washington". The number
opens the line (or follows the "; " between institutions) and is followed by the
institution's capitalised name: it keys the author to the institution, it counts nothing.
"""

from __future__ import annotations

import regex

from briefdeck.extract.numbers import Quantity

# The institution's name: capitalised words (and "of", "for", "and", initials) up to a comma,
# with a word saying it is a body of research, teaching or defence.
_INSTITUTION = regex.compile(
    r" (?:(?:[A-Z][\w.'’&-]*+|of|for|and|the|on|in|&)[^\S\n])*+"
    r"(?:[A-Z][\w.'’&-]*+[^\S\n])*?"
    r"(?:Institute|Institut|Centre|Center|School|College|University|Universit[yé]|Academy|"
    r"Forum|Foundation|Laboratory|Laboratories|Department|Ministry|Council|Observatory|"
    r"Programme|Program|Group|Faculty)\b[^,;\n]{0,80}+[,;]"
)
_OPENING = regex.compile(r"(?:^|\n|;[^\S\n])[^\S\n]*+$")


def an_affiliation_number(text: str, q: Quantity) -> bool:
    """Is q the superscript number of an author's institution, read as a plain digit?"""
    if not q.text.isdigit() or len(q.text) > 2 or text[q.end : q.end + 1] != " ":
        return False
    if not _OPENING.search(text, max(0, q.start - 4), q.start):
        return False
    return _INSTITUTION.match(text, q.end, min(len(text), q.end + 200)) is not None
