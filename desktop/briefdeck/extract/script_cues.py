"""A broadcast script's cue sheet and voice pieces.

A newsroom script sets up a recorded piece with a cue block: "CUE:" the reader's lead-in, "IN:"
and "OUT:" the piece's first and last words, "DUR:" its length. Those lines repeat the piece's
words to time it: they are nobody's statement, and their labels are no speakers. The piece is
headed by what it is and who voices it, "(VOICE PIECE - HADDAD:)", "(CLIP - JANE ROE:)": the
words under that head are that voice's, named as the script names them elsewhere.

A radio script quotes its correspondent's piece whole, from the first words to the sign-off
("... Laila Haddad, World Radio News, Beirut."). Inside it, "residents told me" and "a senior
official told me" are the report's own sourcing, not words a speaker relays: the piece is no
quotation for sourcing.
"""

from __future__ import annotations

import re

from briefdeck.extract.labelled_people import recased
from briefdeck.extract.people import PeopleIndex
from briefdeck.ingest.broadcast_scripts import CUE_LABEL

# A cue sheet's line label, at the line's start.
_CUE_LINE = re.compile(rf"[ \t]*{CUE_LABEL}[ \t]*:")
# A piece's head: its kind, a dash, the voice's name in capitals ("(VOICE PIECE - HADDAD:)").
_PIECE_HEAD = re.compile(r"[ \t]*\((?:VOICE[ \t]+PIECE|VOICER|VOICE|CLIP|ACTUALITY|INSERT|SOT|"
                         r"SOUNDBITE|INTERVIEW|PACKAGE|PKG|DISPATCH)[ \t]*[-–—:][ \t]*"
                         r"(?P<who>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})[ \t]*:?[ \t]*\)"
                         r"[ \t]*:?[ \t]*")


def on_cue_line(text: str, pos: int) -> bool:
    """Whether the words at pos stand on a cue sheet's line ("IN: "The strikes ...")."""
    line = text.rfind("\n", 0, pos) + 1
    return text[line:line + 1] in "ICDORT" and _CUE_LINE.match(text, line, pos) is not None


def piece_voice(text: str, pos: int, people: PeopleIndex) -> str:
    """The voice a piece's head names, when the words at pos open the line after it; or ''."""
    line = text.rfind("\n", 0, pos) + 1
    if text[line:line + 1] != "(":
        return ""
    head = _PIECE_HEAD.match(text, line, pos)
    if head is None or head.end() != pos:
        return ""
    who = recased(head.group("who"))
    return people.resolve(who) or who


# the out-words: "Name Surname, Outlet Words, Place." closing the quotation
_PIECE_SIGN_OFF = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2},\s+"
                             r"(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*,\s+"
                             r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\.\s*[\"”]$")
# what may open the line before the quotation: a script's label, "(VOICE PIECE - X:)"
_PIECE_LABEL = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*|[A-Z][A-Z .'’-]{1,40}:\s*)?$")


def voice_piece(text: str, span: tuple[int, int]) -> bool:
    """Whether the quotation text[span] is a correspondent's whole piece."""
    start, end = span
    if end - start < 80:
        return False
    line = text.rfind("\n", 0, start) + 1
    return _PIECE_LABEL.match(text, line, start) is not None and \
        _PIECE_SIGN_OFF.search(text, max(start, end - 120), end) is not None


def report_quotes(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations that are speakers' words, a correspondent's pieces left out."""
    if "," not in text:
        return quoted
    return [q for q in quoted if not voice_piece(text, q)]
