"""Bodies named by their formal style, whatever they do in the sentence.

An embassy is otherwise a body only when it speaks (embassies.py): "the U.S. embassy in
Baghdad" may be a compound that is hit. Its formal style with the city and no "in" ("U.S.
Embassy Baghdad", "U.S. Consulate General Erbil") is the mission's own name, as notices and
advisories write it, and so is the embassy whose chargé d'affaires a ministry summons. A staff
cell named by its section and desk ("J2 Levant cell") writes a note or takes its comments.
Iraq's "office of the commander-in-chief" in lower case is the table's Office of the
Commander-in-Chief.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_NATION = r"(?:U\.S\.|US|U\.K\.|UK|United\s+States|[A-Z][a-z]+(?:an|ish|ese|ch|i))"
_FORMAL_MISSION = re.compile(rf"\b{_NATION}\s+(?:Embassy|Consulate\s+General)\s+(?!In\b)"
                             r"[A-Z][a-z]{2,}\b")
_SUMMONED_ENVOY = re.compile(r"\bchargé\s+d['’]affaires\s+(?:of|at)\s+the\s+"
                             rf"(?P<firm>{_NATION}\s+[Ee]mbassy)\b")
_STAFF_CELL = re.compile(r"\b[JGS][1-9]\s+[A-Z][a-z]+\s+cell\b")
_CINC_OFFICE = re.compile(r"\boffice\s+of\s+the\s+commander[\s-]+in[\s-]+chief\b")
_CINC_NAME = "Office of the Commander-in-Chief"


def formal_bodies(text: str, start: int, end: int, st: str, found: dict[str, Found],
                  taken: list[tuple[int, int]]) -> None:
    """Add one sentence's missions in formal style, summoned embassies and staff cells."""
    spans = []
    if "Embassy" in st or "Consulate General" in st:
        spans += [(m.start(), m.end()) for m in _FORMAL_MISSION.finditer(text, start, end)]
    if "affaires" in st:
        spans += [m.span("firm") for m in _SUMMONED_ENVOY.finditer(text, start, end)]
    if " cell" in st:
        spans += [m.span() for m in _STAFF_CELL.finditer(text, start, end)]
    if "commander" in st:
        for m in _CINC_OFFICE.finditer(text, start, end):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append(m.span())
                entry = found.setdefault(_CINC_NAME, Found(_CINC_NAME, m.start(), m.end()))
                if m.group(0) not in entry.aliases:
                    entry.aliases.append(m.group(0))
    for a, b in spans:
        if any(s < b and a < e for s, e in taken):
            continue
        taken.append((a, b))
        name = " ".join(text[a:b].split())
        found.setdefault(name.casefold(), Found(name, a, b))
