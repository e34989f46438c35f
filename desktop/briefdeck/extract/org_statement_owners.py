"""A lower-case body with no owner that is named by its statement or count ("the health
ministry's first statement", "the interior ministry's toll"): it speaks as surely as when "the
health ministry said". Added with the other bare bodies, so a body the report names with its
owner ("Lebanon's health ministry") stays the one."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found
from briefdeck.extract.org_words import DEMONYM

_OWNED_STATEMENT = re.compile(
    r"\b[Tt]he\s+(?P<inst>(?:foreign|interior|defen[cs]e|health|justice|information)\s+"
    r"ministry)['’]s\s+(?:(?:first|latest|updated|new|last|initial|revised|daily)\s+)?"
    r"(?:statement|count|toll|figures?|tally|update|spokes(?:man|woman|person))\b")


def statement_owners(text: str, start: int, end: int,
                     taken: list[tuple[int, int]]) -> list[Found]:
    """One sentence's bare bodies named by their statement (for add_bare_bodies)."""
    return [Found(m.group("inst"), m.start("inst"), m.end("inst"))
            for m in _OWNED_STATEMENT.finditer(text, start, end)
            if not any(s < m.end("inst") and m.start("inst") < e for s, e in taken)]


# "a Qatari defence ministry statement": a country's ministry named by its statement, set
# before the noun as an adjective; it speaks as when "the Qatari defence ministry said".
_NATIONAL_STATEMENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<inst>(?:" + DEMONYM + r")\s+(?:foreign|interior|defen[cs]e|"
    r"health|justice|information)\s+ministry)\s+(?:statement|spokes(?:man|woman|person)|"
    r"communiqu[ée]|release)\b")


def national_statement_owners(text: str, start: int, end: int, found: dict[str, Found],
                              taken: list[tuple[int, int]]) -> None:
    """Add one sentence's countries' ministries named by their statement."""
    for m in _NATIONAL_STATEMENT.finditer(text, start, end):
        a, b = m.start("inst"), m.end("inst")
        if any(s < b and a < e for s, e in taken):
            continue
        taken.append((a, b))
        name = " ".join(text[a:b].split())
        found.setdefault(name.casefold(), Found(name, a, b))
