"""A title set in capitals, as a slide and a page show it.

A form's or a statement's heading is often typed in capitals ("MASTER'S STATEMENT OF FACTS
AND NOTE OF PROTEST"); a cover, a footer and a page title in capitals read as shouting and
hide the acronyms in it. Extraction keeps the words as written (the lede and title choice
read them); only the display title-cases them, and only a title wholly in capitals.
"""

from __future__ import annotations

import re
from functools import lru_cache

# words a title keeps in lower case after its first word ("Statement of Facts and Note")
_SMALL = frozenset("a an and as at by for from in into of off on or per the to via vs".split())
_SMALL_CAPS = frozenset(w.upper() for w in _SMALL)
_WORD = re.compile(r"[^\W\d_][\w'’.&/-]*+")
_CAPS_TOKEN = re.compile(r"\b[A-Z][A-Z0-9&]++\b")
_SCAN = 200_000  # an acronym is told by the report's first pages


def display_title(title: str, text: str = "") -> str:
    """'MASTER'S STATEMENT OF FACTS' -> "Master's Statement of Facts"; a title with any lower
    case letter is shown as written. An acronym stays in capitals: one of two letters
    ('UN', 'DA'), one with a dot or a digit ('U.S.', 'FA-26'), or one the report's text
    writes in capitals inside ordinary sentences ('FOIA', 'UKMTO')."""
    words = " ".join((title or "").split())
    if not words.isupper() or len(_WORD.findall(words)) < 2:
        return words
    acronyms = _acronyms(text[:_SCAN]) if text else frozenset()
    out = []
    pieces = words.split(" ")
    after_colon = True
    for n, piece in enumerate(pieces):
        # a lone letter before a dash or at the end names a part ("SECTION A - DETAILS")
        label = len(piece) == 1 and (n + 1 == len(pieces) or pieces[n + 1] in _DASHES)
        out.append(piece if label else _recased(piece, acronyms, first=after_colon))
        after_colon = piece.endswith((":", *_DASHES))
    return " ".join(out)


_DASHES = ("-", "–", "—")


def _recased(piece: str, acronyms: frozenset[str], first: bool) -> str:
    core = piece.strip("()[]{}\"'“”‘’,;:!?")
    if core in _SMALL_CAPS:
        return piece.lower() if not first else _WORD.sub(_capitalised, piece)
    if any(c.isdigit() for c in core) or "." in core or len(core) <= 2 or core in acronyms:
        return piece
    return _WORD.sub(_capitalised, piece)


def _capitalised(word: re.Match[str]) -> str:
    """'AL-ASAD' -> 'Al-Asad', "MASTER'S" -> "Master's"."""
    return "-".join(p[:1] + p[1:].lower() for p in word.group(0).split("-"))


@lru_cache(maxsize=8)
def _acronyms(text: str) -> frozenset[str]:
    """Words the report writes in capitals within a line that is not itself in capitals."""
    found: set[str] = set()
    for line in text.splitlines():
        if not line.isupper() and any(c.islower() for c in line):
            found.update(_CAPS_TOKEN.findall(line))
    return frozenset(found)


def shown_title(briefing: object) -> str:
    """The briefing's title as the cover, the footer and the page show it."""
    sources = getattr(briefing, "sources", None) or []
    text = (getattr(sources[0], "text", "") or "") if sources else ""
    return display_title(getattr(getattr(briefing, "meta", None), "title", "") or "", text)
