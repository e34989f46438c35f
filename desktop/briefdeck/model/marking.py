"""Classification levels and portion marks, ordered from least to most restrictive."""

from __future__ import annotations

import re
from functools import lru_cache
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
    r"law\s+enforcement\s+sensitive|embargoed)(?:\s+(?:until|till)\s+[\w ,.:-]{1,30})?|"
    # a Traffic Light Protocol mark among a footer's parts ("Meridian Gate | TLP:GREEN |
    # Client use only"): the sharing limit holds though the line is no marking line
    r"TLP\s*:\s*(?:CLEAR|WHITE|GREEN|AMBER|RED)(?:\+STRICT)?", re.I)
_HEADER_PARTS = re.compile(r"\s+(?:—|–|-{1,2}|\||·|•)\s+")
# Marks that restrict nothing: no reason to check the briefing's banner.
_OPEN_MARKS = re.compile(r"^(?:UNCLASSIFIED|NOT PROTECTIVELY MARKED|TLP\s*:\s*(?:CLEAR|WHITE))$")


def source_markings(text: str) -> list[str]:
    """The distinct protective markings written on lines of their own in a source text,
    in order: 'OFFICIAL-SENSITIVE', 'TLP:AMBER', 'SECRET//NOFORN'."""
    return list(_markings(text)) if text else []


@lru_cache(maxsize=2)  # the draft's banner and every warning after it read the same source
def _markings(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for line in text[:2_000_000].splitlines():
        if len(line) > 90 or not line.strip()[:1].isupper():
            continue  # (a cheap test: a marking line is short and upper case)
        m = _SOURCE_MARK.match(line)
        mark = " ".join(m.group("mark").split()) if m else _header_caveat(line)
        if mark and mark not in found:
            found.append(mark)
    return tuple(found)


def _header_caveat(line: str) -> str:
    """'COMMITTEE SENSITIVE UNTIL HEARING' from a running header that carries it as one of
    its parts (or as the whole line); '' otherwise."""
    low = line.lower()
    if "sensitive" not in low and "confidential" not in low and "embargo" not in low and \
            "tlp" not in low:
        return ""
    for part in _HEADER_PARTS.split(line.strip()):
        if _HEADER_CAVEAT.fullmatch(part.strip()):
            return " ".join(part.upper().split())
    return ""


def marking_warning(text: str, classification: str, raised: bool = False) -> str | None:
    """What to tell the analyst when the source carries a marking the briefing's own
    classification does not show, or (`raised`) when the draft's banners were set from the
    source's marking; None when there is nothing to say."""
    banner = classification.strip().upper()
    marks = [m for m in source_markings(text) if not _OPEN_MARKS.match(m)]
    uncovered = [m for m in marks if m.upper() != banner and not _covered(m, banner)]
    if raised:
        setters = [m for m in marks if us_level(m) == mark_of(banner)]
        if setters:
            told = f"Source marked {', '.join(setters)}: banners set to {banner}"
            # another scheme's mark, or a dissemination control no banner carries ('NOFORN')
            unshown = [_controls(m) if m in setters else m for m in uncovered]
            if unshown:
                told += (
                    f"; the banners do not show {', '.join(unshown)}: "
                    "check the classification before sharing"
                )
            return told
    if not uncovered:
        return None
    return (
        f"the source is marked {', '.join(uncovered)}; the briefing is marked {banner}: "
        "check the classification before sharing"
    )


def source_level(text: str) -> str | None:
    """The most restrictive US level the source marks on lines of their own, as a portion mark
    ('FOR OFFICIAL USE ONLY' -> 'CUI', 'SECRET//NOFORN' -> 'S'); None when it marks none (an
    unmarked source, or only another scheme's marks: UK, NATO, TLP, a firm's caveat)."""
    levels = [level for m in source_markings(text) if (level := us_level(m)) is not None]
    return highest(levels) if levels else None


def drafted_classification(text: str) -> str:
    """The banner a briefing drafted from `text` starts at: the source's own US level, so that
    a draft never goes out under a lower banner than its source unless the analyst lowers it."""
    return LEVELS[source_level(text) or "U"]


# US handling caveats that mark unclassified information as controlled: the CUI programme
# replaced FOUO ("for official use", with or without "only"), LIMDIS, SBU and LES with CUI, so
# a banner of CUI or above covers them.
_CONTROLLED = re.compile(
    r"\b(?:FOR OFFICIAL USE(?: ONLY)?|FOUO|CUI|CONTROLLED UNCLASSIFIED INFORMATION|LIMITED "
    r"DISTRIBUTION|LIMDIS|SENSITIVE BUT UNCLASSIFIED|SBU|LAW ENFORCEMENT SENSITIVE|LES)\b"
)
# Any control a US banner writes after its level (the caveats above, dissemination, release).
_US_CONTROL = re.compile(
    rf"{_CONTROLLED.pattern}|\b(?:NOFORN|ORCON|PROPIN|NOT RELEASABLE|"
    r"REL TO|RELIDO|SCI|SI|TK|HCS|FISA|IMCON|FGI)\b"
)
_PARTS = re.compile(r"\s*(?://|-|–|—)\s*")


def us_level(mark: str) -> str | None:
    """The US level a source marking gives, as a portion mark: its level word ('TOP SECRET//SCI'
    -> 'TS'), raised to 'CUI' by a controlled-unclassified caveat ('UNCLASSIFIED//FOUO', 'FOR
    OFFICIAL USE ONLY'); None for another scheme's mark ('OFFICIAL-SENSITIVE', 'NATO SECRET',
    'TLP:AMBER', 'COMMERCIAL IN CONFIDENCE', 'COMMITTEE SENSITIVE UNTIL HEARING')."""
    text = mark.upper().removeprefix("U.S. ").removeprefix("US ")
    head, *controls = _PARTS.split(text, maxsplit=1)
    if head in _BY_BANNER:
        level = _BY_BANNER[head]
    elif _CONTROLLED.fullmatch(head):
        level = "CUI"
    else:
        return None
    if not controls:
        return level
    # A level with an organisation's own words after a dash ('CONFIDENTIAL - EHP INTERNAL - DO
    # NOT FORWARD'): a firm's or an NGO's caveat, not a US banner, whose controls follow '//'.
    if level != "U" and "//" not in text and not _US_CONTROL.search(controls[0]):
        return None
    if _RANK[level] < _RANK["CUI"] and _CONTROLLED.search(controls[0]):
        level = "CUI"
    return level


def _covered(mark: str, banner: str) -> bool:
    """Whether a banner shows a source marking: a US level at least as high, with no
    dissemination control that the banner drops ('SECRET//NOFORN' under SECRET is not)."""
    level = us_level(mark)
    if level is None or _RANK[mark_of(banner)] < _RANK[level]:
        return False
    return not _controls_missing(mark)


# Dissemination controls after a level ("SECRET//NOFORN", "CONFIDENTIAL//ORCON"): no banner
# briefdeck draws carries them, so a banner of the same level hands the source on more widely.
# (The controlled-unclassified caveats are covered by a CUI banner; a release marking, "REL TO
# USA, GBR", widens, and a banner without it restricts more.)
_DISSEMINATION = re.compile(r"\b(?:NOFORN|ORCON|PROPIN|NOT RELEASABLE)\b")


def _controls(mark: str) -> str:
    """The dissemination controls of a marking no banner shows: 'NOFORN' of 'SECRET//NOFORN'."""
    return "//".join(_DISSEMINATION.findall("//".join(re.split(r"\s*//\s*", mark.upper())[1:])))


def _controls_missing(mark: str) -> bool:
    """Whether a source marking carries a dissemination control no banner shows."""
    return bool(_controls(mark))
