"""Classification levels and portion marks, ordered from least to most restrictive."""

from __future__ import annotations

import re
from typing import Literal

PortionMark = Literal["U", "CUI", "C", "S", "TS"]

# Portion mark -> banner text, in ascending order of restriction.
LEVELS: dict[str, str] = {
    "U": "UNCLASSIFIED",
    "CUI": "CUI",
    "C": "CONFIDENTIAL",
    "S": "SECRET",
    "TS": "TOP SECRET",
}
# Conventional banner colours (background, text), as hex without '#'.
BANNER_COLOURS: dict[str, tuple[str, str]] = {
    "U": ("007A33", "FFFFFF"),
    "CUI": ("502B85", "FFFFFF"),
    "C": ("0033A0", "FFFFFF"),
    "S": ("C8102E", "FFFFFF"),
    "TS": ("FF8C00", "000000"),
}
_RANK = {mark: i for i, mark in enumerate(LEVELS)}
_BY_BANNER = {banner: mark for mark, banner in LEVELS.items()}


def mark_of(classification: str) -> str:
    """The portion mark for a classification written either way ('SECRET' or 'S')."""
    text = classification.strip().upper()
    if text in LEVELS:
        return text
    if text in _BY_BANNER:
        return _BY_BANNER[text]
    raise ValueError(f"unknown classification {classification!r}; use one of {', '.join(LEVELS)}")


def highest(marks: list[str] | tuple[str, ...], floor: str = "U") -> str:
    """The most restrictive of the marks (and the floor), as a portion mark."""
    best = mark_of(floor)
    for mark in marks:
        if _RANK[mark_of(mark)] > _RANK[best]:
            best = mark_of(mark)
    return best


def banner_text(mark: str, draft: bool = False) -> str:
    text = LEVELS[mark_of(mark)]
    return f"{text} // DRAFT" if draft else text


# A line of the source that is only a protective marking: government levels (US, UK, NATO),
# handling caveats and the Traffic Light Protocol. Read from the source so that a briefing
# drafted from a marked document does not go out under a lower banner unnoticed.
_SOURCE_MARK = re.compile(
    r"^\s*(?P<mark>(?:(?:NATO|EU|UK|US|U\.S\.)\s+)?(?:UNCLASSIFIED|CONFIDENTIAL|(?:TOP\s+)?SECRET|"
    r"RESTRICTED|OFFICIAL(?:[- ]SENSITIVE)?|NOT\s+PROTECTIVELY\s+MARKED|CUI|CONTROLLED\s+"
    r"UNCLASSIFIED\s+INFORMATION|FOR\s+OFFICIAL\s+USE\s+ONLY|FOUO|LIMITED\s+DISTRIBUTION|"
    # a firm's or a client's handling caveats (a security company's INTSUM, a consultancy brief)
    r"COMMERCIAL[- ]IN[- ]CONFIDENCE|(?:CLIENT\s+)?PROPRIETARY|CLIENT\s+CONFIDENTIAL)"
    r"(?:\s*(?://|-|–|—)\s*[A-Z][A-Z0-9 ,./-]{1,60})?|TLP\s*:\s*(?:CLEAR|WHITE|GREEN|AMBER|RED)"
    r"(?:\+STRICT)?)\s*$")
# A handling caveat set in a running header among other parts ("APQ — Corso — Committee
# Sensitive until Hearing"), in any case: a part of its own, never words inside a sentence.
_HEADER_CAVEAT = re.compile(
    r"(?:committee\s+(?:sensitive|confidential)|sensitive\s+but\s+unclassified|"
    r"law\s+enforcement\s+sensitive|embargoed)(?:\s+(?:until|till)\s+[\w ,.:-]{1,30})?", re.I)
_HEADER_PARTS = re.compile(r"\s+(?:—|–|-{1,2}|\||·|•)\s+")
# Marks that restrict nothing: no reason to check the briefing's banner.
_OPEN_MARKS = re.compile(r"^(?:UNCLASSIFIED|NOT PROTECTIVELY MARKED|TLP\s*:\s*(?:CLEAR|WHITE))$")


def source_markings(text: str) -> list[str]:
    """The distinct protective markings written on lines of their own in a source text,
    in order: 'OFFICIAL-SENSITIVE', 'TLP:AMBER', 'SECRET//NOFORN'."""
    if not text:
        return []
    found: list[str] = []
    for line in text[:2_000_000].splitlines():
        if len(line) > 90 or not line.strip()[:1].isupper():
            continue  # (a cheap test: a marking line is short and upper case)
        m = _SOURCE_MARK.match(line)
        mark = " ".join(m.group("mark").split()) if m else _header_caveat(line)
        if mark and mark not in found:
            found.append(mark)
    return found


def _header_caveat(line: str) -> str:
    """'COMMITTEE SENSITIVE UNTIL HEARING' from a running header that carries it as one of
    its parts (or as the whole line); '' otherwise."""
    low = line.lower()
    if "sensitive" not in low and "confidential" not in low and "embargo" not in low:
        return ""
    for part in _HEADER_PARTS.split(line.strip()):
        if _HEADER_CAVEAT.fullmatch(part.strip()):
            return " ".join(part.upper().split())
    return ""


def marking_warning(text: str, classification: str) -> str | None:
    """What to tell the analyst when the source carries a marking the briefing's own
    classification does not show; None when there is nothing to check."""
    banner = classification.strip().upper()
    restrictive = [m for m in source_markings(text)
                   if not _OPEN_MARKS.match(m) and m.upper() != banner]
    if not restrictive:
        return None
    level = _us_level(restrictive)
    if level is not None and _RANK[mark_of(banner)] >= _RANK[level] and \
            not _controls_missing(restrictive, banner):
        return None  # the briefing is already marked as high as the source
    marks = ", ".join(restrictive)
    return (f"the source is marked {marks}; the briefing is marked {banner}: "
            "check the classification before sharing")


# Controls after a level that restrict handling ("UNCLASSIFIED//FOR OFFICIAL USE ONLY",
# "SECRET//NOFORN"): a banner of the same level without them hands the source on more widely.
# (A release marking, "REL TO USA, GBR", widens; a banner without it restricts more.)
_RESTRICTING = re.compile(r"\b(?:FOR OFFICIAL USE ONLY|FOUO|NOFORN|ORCON|PROPIN|LIMDIS|"
                          r"LIMITED DISTRIBUTION|SBU|LES|NOT RELEASABLE\b[^/]*)\b")


def _controls_missing(marks: list[str], banner: str) -> bool:
    """Whether a source marking carries a handling control the briefing's banner lacks."""
    for mark in marks:
        for control in re.split(r"\s*//\s*", mark.upper())[1:]:
            m = _RESTRICTING.search(control)
            if m and m.group(0) not in banner:
                return True
    return False


def _us_level(marks: list[str]) -> str | None:
    """The highest US level among marks written as banners ('SECRET//NOFORN' -> 'S'), or
    None when one of them is another scheme's (UK, TLP), which cannot be ranked here."""
    best: str | None = None
    for mark in marks:
        level = re.split(r"\s*(?://|-|–|—)\s*", mark.upper().removeprefix("U.S. ")
                         .removeprefix("US "), maxsplit=1)[0]
        if level not in _BY_BANNER:
            return None
        if best is None or _RANK[_BY_BANNER[level]] > _RANK[best]:
            best = _BY_BANNER[level]
    return best
