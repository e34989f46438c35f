"""A province's or city's directorate in lower case ("the Anbar health directorate", "Duhok
health directorate"): the local office that counts the dead and wounded, a body wherever it is
named, even as its official's employer ("an Anbar health directorate official said")."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found, is_place

_DIRECTORATE = re.compile(r"\b(?P<place>[A-Z][a-z]{2,})\s+(?:health|police|security|education|"
                          r"civil\s+defen[cs]e)\s+directorate\b")


def place_directorates(text: str, start: int, end: int, found: dict[str, Found],
                       taken: list[tuple[int, int]]) -> None:
    """Add one sentence's directorates named by their place."""
    for m in _DIRECTORATE.finditer(text, start, end):
        a, b = m.span()
        if any(s < b and a < e for s, e in taken) or not is_place(m.group("place")):
            continue
        taken.append((a, b))
        name = " ".join(m.group(0).split())
        found.setdefault(name.casefold(), Found(name, a, b))
