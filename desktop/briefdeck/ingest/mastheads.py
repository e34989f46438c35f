"""Who publishes the page, named at its top: a site's or agency's name plate, the outlet's
name in its other script, a ministry's office lines in its letterhead.

Found above the story only, where a name beside its acronym is the site's, not a fact.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import (
    CONNECTORS,
    NAME_LINE,
    SENTENCE_END,
    ArticleLine,
    is_headline_like,
)

# "Department of Media and Information", "Office of the Spokesperson": a body's office under its
# name at the head of a statement.
_OFFICE_LINE = re.compile(
    r"^(?:Department|Office|Directorate|Bureau|Division)(?: General)? (?:of|for) (?:the )?[A-Z]"
    r"[\w&'’-]*(?: (?:[A-Z&][\w&'’-]*|of|and|for|the|&)){0,6}$"
)

_RELEASE_NOTE = re.compile(r"^for immediate release\b", re.IGNORECASE)
_RELEASE_TOP = 20  # the release's header lines

# "Operations Intelligence Cell - Erbil / Dubai": a unit of the issuer and where it sits.
_CELL_LINE = re.compile(
    r"^(?:[A-Z][\w&'’-]*\s){1,4}(?:Cell|Desk|Centre|Center|Unit|Team|Section|Branch|Bureau)"
    r"\s+[-–—|]\s+[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:\s*[/,&]\s*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)*$"
)


def flag_office_lines(lines: list[ArticleLine], flags: dict[int, str], first_prose: int) -> None:
    """A letterhead in title case: under the body's name (or another office line), an office
    line followed by furniture (a number, a stamp) or another office line; a headline still
    to come before the first paragraph, so that a title-case headline is never taken."""
    top = min(first_prose, 8)
    offices = [i for i in range(1, top) if i not in flags and _OFFICE_LINE.match(lines[i].text)]
    for i in range(1, top):  # a unit's line right under the issuer's letterhead
        if i not in flags and flags.get(i - 1) == "letterhead" and _CELL_LINE.match(lines[i].text):
            flags[i] = "letterhead"
    # "For Immediate Release" over "Office of Public Affairs": the component issuing it
    for i in range(1, min(first_prose, _RELEASE_TOP)):
        if (
            i not in flags
            and flags.get(i - 1)
            and _RELEASE_NOTE.match(lines[i - 1].text)
            and _OFFICE_LINE.match(lines[i].text)
        ):
            flags[i] = "letterhead"
    for i in offices:
        above, below = lines[i - 1].text, i + 1
        if not (i - 1 in offices or i - 1 in flags or NAME_LINE.match(above)):
            continue
        if not (below in offices or below in flags):
            continue
        if any(
            j not in flags
            and j not in offices
            and is_headline_like(lines[j])
            and lines[j].words >= 4
            for j in range(below, first_prose)
        ):
            flags[i] = "letterhead"


_SITE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,9}")

# "Jordan News Agency (Petra)", "Iraqi News Agency (INA)": a news agency's name plate.
_AGENCY_PLATE = re.compile(
    r"^[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the)){0,5} (?:News Agency|Press Agency|News "
    r"Service|News Network|Broadcasting (?:Corporation|Company|Service))\s*\([A-Z][\w.-]{1,15}\)$"
)


def is_site_name(text: str) -> bool:
    """'DVIDS - Defense Visual Information Distribution Service', 'OCHA | United Nations Office
    for the Coordination of Humanitarian Affairs': a site's acronym beside its full name, the
    acronym's letters the initials of the name's words. Checked above the story only."""
    if len(text) > 120 or (SENTENCE_END.search(text) and not text.endswith(")")):
        return False
    if text.endswith(")"):
        return _AGENCY_PLATE.match(text) is not None or _is_named_plate(text)
    parts = _SITE_SEPARATOR.split(text)
    if len(parts) != 2:
        return False
    for short, full in (parts, parts[::-1]):
        if _ACRONYM.fullmatch(short):
            initials = "".join(w[0] for w in full.split() if w[:1].isupper())
            return (
                len(initials) == len(full.split()) - sum(w in CONNECTORS for w in full.split())
            ) and (
                short.replace("&", "") in initials
                or _spelled_by_prefixes(short.replace("&", "").lower(), full.split())
            )
    return False


_PLATE = re.compile(r"^([A-Z][A-Z&'’ -]{4,80}) \(([A-Z&]{2,8})\)$")


def _is_named_plate(text: str) -> bool:
    """'GULF OPEN SOURCE MONITORING (GOSM)': a service's name in capitals, its acronym after."""
    m = _PLATE.match(text)
    return bool(m) and _spelled_by_prefixes(m.group(2).replace("&", "").lower(), m.group(1).split())


def _spelled_by_prefixes(short: str, words: list[str]) -> bool:
    """'KUNA' from 'Kuwait News Agency': the acronym is the start of every capitalised word
    in turn (one letter or a few), the small connecting words taking none or a few."""
    if not words:
        return not short
    word, rest = words[0].lower(), words[1:]
    least = 0 if words[0] in CONNECTORS else 1
    return any(
        short[:n] == word[:n] and _spelled_by_prefixes(short[n:], rest)
        for n in range(least, min(len(short), len(word), 3) + 1)
    )


def _has_latin(text: str) -> bool:
    return any("a" <= c <= "z" for c in text.lower())


def flag_other_script_name(
    lines: list[ArticleLine], flags: dict[int, str], first_prose: int
) -> None:
    """'وكالة أنباء البحرين' beside an English site's name or menu: the outlet's name in its
    other language, over a story written in Latin script."""
    if first_prose >= len(lines) or not _has_latin(lines[first_prose].text):
        return
    for i in range(min(first_prose, 8)):
        text = lines[i].text
        if (
            i not in flags
            and lines[i].words <= 6
            and not _has_latin(text)
            and sum(c.isalpha() for c in text) >= 3
            and (flags.get(i - 1) in ("masthead", "navigation") or flags.get(i + 1) == "navigation")
        ):
            flags[i] = "masthead"


# A printed paper's edition line or folio, its cells split by bars: "TERRE HAUTE | FRIDAY,
# MAY 1, 2026 | $2.00 | VOL. 178, NO. 324", "A6 | NATION & WORLD | FRIDAY, MAY 1, 2026",
# "THE BULWARK | Newsletter of ... | Vol. 4, Issue 12". One cell is the price, the volume and
# number, or the page: the paper's furniture over the story, never its headline.
_EDITION_CELL = re.compile(
    r"^(?:(?:\$|£|€)\d{1,3}(?:\.\d{2})?|\d{1,3} (?:cents|pence|p)|"
    r"(?:vol(?:ume)?|no|issue|edition)\.? ?\d[\d,]*(?:,? (?:no|issue)\.? ?\d[\d,]*)?"
    r"(?: [A-Z]?\d{1,3})?|[A-Z]\d{1,3}|page \d{1,3})$",
    re.IGNORECASE,
)


def is_edition_line(line: str) -> bool:
    """A bar-separated edition line or folio of a printed paper (see _EDITION_CELL)."""
    if line.count(" | ") < 2:
        return False
    return any(_EDITION_CELL.match(cell.strip()) for cell in line.split(" | "))
