"""A broadcast script's cue sheet and voice pieces.

A newsroom script sets up a recorded piece with a cue block: "CUE:" the reader's lead-in, "IN:"
and "OUT:" the piece's first and last words, "DUR:" its length. Those lines repeat the piece's
words to time it: they are nobody's statement, and their labels are no speakers. The piece is
headed by what it is and who voices it, "(VOICE PIECE - HADDAD:)", "(CLIP - JANE ROE:)": the
words under that head are that voice's, named as the script names them elsewhere.
"""

from __future__ import annotations

import re

from briefdeck.extract.people import PeopleIndex

# A cue sheet's line label, at the line's start.
_CUE_LINE = re.compile(r"[ \t]*(?:IN|OUT|CUE|DUR|INCUE|OUTCUE|(?:IN|OUT)[ \t]+(?:CUE|WORDS|Q))"
                       r"[ \t]*:")
# A piece's head: its kind, a dash, the voice's name in capitals ("(VOICE PIECE - HADDAD:)").
_PIECE_HEAD = re.compile(r"[ \t]*\((?:VOICE[ \t]+PIECE|VOICER|VOICE|CLIP|ACTUALITY|INSERT|SOT|"
                         r"SOUNDBITE|INTERVIEW|PACKAGE|PKG|DISPATCH)[ \t]*[-–—:][ \t]*"
                         r"(?P<who>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})[ \t]*:?[ \t]*\)"
                         r"[ \t]*:?[ \t]*")


def on_cue_line(text: str, pos: int) -> bool:
    """Whether the words at pos stand on a cue sheet's line ("IN: "The strikes ...")."""
    line = text.rfind("\n", 0, pos) + 1
    return text[line:line + 1] in "ICDO" and _CUE_LINE.match(text, line, pos) is not None


def piece_voice(text: str, pos: int, people: PeopleIndex) -> str:
    """The voice a piece's head names, when the words at pos open the line after it; or ''."""
    line = text.rfind("\n", 0, pos) + 1
    if text[line:line + 1] != "(":
        return ""
    head = _PIECE_HEAD.match(text, line, pos)
    if head is None or head.end() != pos:
        return ""
    who = " ".join(w.capitalize() for w in head.group("who").split())
    return people.resolve(who) or who
