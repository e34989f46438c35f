"""Groups of people named for a cause: "Families for Force Protection", "Physicians for Human
Rights", "Veterans Against the War", "Mothers of the Disappeared".

Families, veterans, doctors or lawyers organised for (or against) something take a name a reader
knows as a body's, though it ends in no body's word (Committee, Network, Association). The name
is a plural of people, then "for", "Against", "Without" or "of the", then capitalised words; in
capitals only as a line of its own (a letter's letterhead: "FAMILIES FOR FORCE PROTECTION").
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found, is_place

_MEMBERS = (r"Families|Parents|Mothers|Fathers|Wives|Spouses|Veterans|Physicians|Doctors|Nurses|"
            r"Lawyers|Journalists|Reporters|Citizens|Survivors|Women|Students|Scientists")
# "Families for Force Protection", "Mothers of the Disappeared" (not "Families of Marines":
# "of" names whose families they are unless a "the" follows)
GROUP_RE = re.compile(rf"\b(?:{_MEMBERS})\s+(?:for|Against|against|Without|without|of\s+the)\s+"
                      r"(?P<cause>[A-Z][a-z][\w'’-]*)(?:\s+(?:and\s+)?[A-Z][a-z][\w'’-]*){0,3}")
GROUP_CAPS_RE = re.compile(rf"^[ \t]*((?:{_MEMBERS.upper()})\s+(?:FOR|AGAINST|WITHOUT|OF\s+THE)"
                           r"(?:\s+[A-Z][A-Z'’-]+){1,4})[ \t]*$", re.M)
_CHEAP = (" for ", " Against ", " against ", " Without ", " without ", " of the ")


def people_groups(text: str, start: int, end: int, st: str, found: dict[str, Found],
                  taken: list[tuple[int, int]]) -> None:
    """Add the groups named for a cause in one sentence (st is its text)."""
    if not any(c in st for c in _CHEAP):
        return
    for m in GROUP_RE.finditer(text, start, end):
        if any(s < m.end() and m.start() < e for s, e in taken) or is_place(m.group("cause")):
            continue  # ("Veterans for Iraq": whom they back, a place, not a cause's name)
        taken.append(m.span())
        name = " ".join(m.group(0).split())
        found.setdefault(name.casefold(), Found(name, m.start(), m.end()))


def letterhead_groups(text: str, found: dict[str, Found]) -> None:
    """The group on a letter's letterhead, in capitals on a line of its own, in title case."""
    if "FOR " not in text and "AGAINST " not in text and " OF THE " not in text \
            and "WITHOUT " not in text:
        return
    for m in GROUP_CAPS_RE.finditer(text, 0, 3000):
        words = m.group(1).split()
        name = " ".join(w.lower() if w in ("FOR", "OF", "THE", "AND") else w.capitalize()
                        for w in words)
        found.setdefault(name.casefold(), Found(name, m.start(1), m.end(1)))
