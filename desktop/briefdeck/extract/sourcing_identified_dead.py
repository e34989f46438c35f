"""A military or a ministry identifying the dead: "The Pentagon identified the airman on
Friday". Naming a casualty is the body's own announcement, and what the story says of the
person comes from it: the body is a source, as "the Pentagon said" is.
"""

from __future__ import annotations

import regex

_IDENTIFIED = regex.compile(
    r"\b[Tt]he\s++(?:Pentagon|Defen[cs]e\s++Department|Department\s++of\s++Defen[cs]e|"
    r"(?:U\.S\.\s++)?(?:Army|Air\s++Force|Navy|Marine\s++Corps|Coast\s++Guard)|"
    r"[Mm]ilitary|[Mm]inistry|[Cc]ommand)\s++"
    r"(?:(?:later|also|has|have|had|publicly|formally|on\s++[A-Z][a-z]++day)\s++){0,2}+"
    r"identified\s++(?!as\b|with\b)(?:the\s++)?[A-Z\w]"
)


def identified_dead(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each body that named a casualty (the span ends on its verb)."""
    if "identified " not in text:
        return []
    found = []
    for m in _IDENTIFIED.finditer(text):
        end = text.index("identified", m.start()) + len("identified")
        found.append((m.start(), end, "spokesperson", 1))
    return found
