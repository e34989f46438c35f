"""A translator's or editor's bracketed gloss dates only the words it glosses.

"on the night of 8 Azar [translator: 29 November 2026] against a headquarters ...": the
gloss gives the day of the happening told in its sentence; it is no day the report names for
what follows ("the missiles struck ..." in the next paragraph is the statement's own news, of
its own day). So a glossed day is never carried on as the day named last.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention

_GLOSS = re.compile(r"\[\s*(?:translator|translator's|translator’s|tr\.|trans\.|editor|"
                    r"editor's|editor’s|ed\.)", re.I)


def in_gloss(text: str, pos: int) -> bool:
    """Is pos inside a bracketed gloss ("[translator: ...]")?"""
    opened = text.rfind("[", max(0, pos - 200), pos)
    return opened >= 0 and _GLOSS.match(text, opened) is not None and \
        text.find("]", opened, pos) < 0


def carried(text: str, start: int, end: int, dates: list[DateMention]) -> list[DateMention]:
    """The dates of a sentence a later one may take as the day named last: not a gloss's."""
    if text.find("[", start, end) < 0:
        return dates  # (most sentences)
    return [d for d in dates if not in_gloss(text, d.start)]
