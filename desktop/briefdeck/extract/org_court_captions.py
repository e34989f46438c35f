"""The court a filing's caption names, and the division line under it.

A U.S. federal filing opens on its court in capitals, often over two lines ("IN THE UNITED
STATES DISTRICT COURT" / "FOR THE EASTERN DISTRICT OF VIRGINIA"), then the court's division
("Alexandria Division"). The court is the body the record comes from; the division is a
seat of the same court, no body of its own.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_CAPTION = re.compile(
    r"\bIN[ \t]+THE[ \t]+UNITED[ \t]+STATES[ \t]+DISTRICT[ \t]+COURT\s{1,6}+FOR[ \t]+THE[ \t]+"
    r"(?P<district>(?:(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|MIDDLE|CENTRAL)[ \t]+)?"
    r"DISTRICT[ \t]+OF[ \t]+(?P<state>[A-Z]++(?:[ \t][A-Z]++){0,2}))[ \t]*+$"
    r"(?:\s{1,6}+(?P<division>[A-Z][a-z]++(?:[ \t][A-Z][a-z]++)?[ \t]+Division)[ \t]*+$)?",
    re.MULTILINE,
)
_SMALL = frozenset(("of", "the", "for"))


def _title(words: str) -> str:
    out = [
        w.lower() if w.lower() in _SMALL and i else w.capitalize()
        for i, w in enumerate(words.split())
    ]
    return " ".join(out)


def court_captions(text: str, found: dict[str, Found]) -> None:
    """Add the court a caption names; drop its division line's name as a body."""
    if "DISTRICT COURT" not in text:
        return  # (the words first: cheaper than the scan)
    for m in _CAPTION.finditer(text, 0, 20_000):  # (a caption heads its filing)
        name = "United States District Court for the " + _title(m.group("district"))
        if name.casefold() not in found:
            found[name.casefold()] = Found(name, m.start(), m.end("district"))
        if m.group("division"):
            found.pop(m.group("division").casefold(), None)
