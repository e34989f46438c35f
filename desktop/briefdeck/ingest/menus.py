"""Menus and section labels: a site's navigation pasted with its story.

Found by shape (short items, bars, runs of section names) rather than by one rule's words:
menu bars and breadcrumbs, section lists above the story, spaced one-line menus, runs of
short menu items, and the kicker labels between the page's top and the headline.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import (
    CONNECTORS,
    DATE_LIKE,
    HEADLINE_WORDS,
    LIST_LINES,
    SENTENCE_END,
    ArticleLine,
    is_byline,
    is_headline_like,
    is_title_case,
    runs_of,
)
from briefdeck.ingest.rules import MENU_WORDS

_MENU_SEPARATOR = re.compile(r"\s+(?:[|•·»›>/])\s+|\s*[|•·]\s*")
_BREADCRUMB = re.compile(r"\s[›»>]\s")  # "World › Middle East": two items are enough
_MENU_WORDS = 3
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$")  # "U.S." in a menu is not a sentence's end


def _is_menu_item(line: ArticleLine) -> bool:
    return (
        line.words <= _MENU_WORDS
        and len(line.text) <= 25
        and "\t" not in line.text
        and (not SENTENCE_END.search(line.text) or _ABBREVIATION.search(line.text) is not None)
        and not is_byline(line.text)
        and not DATE_LIKE.search(line.text)
        and not any(c.isdigit() for c in line.text)
    )


def is_menu_bar(line: ArticleLine) -> bool:
    """'Home | World | Politics': three or more short items between visual separators."""
    if line.words > 30 or not _MENU_SEPARATOR.search(line.text):
        return False
    parts = [p for p in _MENU_SEPARATOR.split(line.text) if p.strip()]
    if len(parts) == 2 and not _BREADCRUMB.search(line.text):
        # "FEATURE | MIDDLE EAST", "Newsroom | Press Releases": a section label, not
        # "Jane Doe | Staff" under a byline
        return (line.text.isupper() and line.words <= 6) or all(
            p.strip().lower() in MENU_WORDS for p in parts
        )
    if line.text[:1] == "|" and any(_DATA_CELL.match(p.strip()) for p in parts[1:]):
        return False  # "| 3 | 2026-11-09 | Erbil | 0 | 0 |": a data table's row (counts, dates)
    return len(parts) >= 2 and all(
        len(p.split()) <= 4 and not SENTENCE_END.search(p) for p in parts
    )


# A table cell that is a value, not a menu item: a count, an amount or an ISO date.
_DATA_CELL = re.compile(r"^(?:\d[\d,.]*|\d{4}-\d{2}-\d{2})$")


_PAIR_JOINER = re.compile(r"\s+(?:&|and)\s+")


def is_section_pair(text: str) -> bool:
    """'News & Analysis', 'Politics and Policy': two section names as one label above a story."""
    parts = _PAIR_JOINER.split(text)
    return len(text) <= 40 and len(parts) == 2 and all(p.lower() in MENU_WORDS for p in parts)


# A printed table read a cell to a line: "Revenue", "Amount", "Individual contributions" over
# "$4,110,000". Labels over an amount are a table's head and first row, not a menu.
_AMOUNT_CELL = re.compile(r"^[-(]?[$€£]?\s?\d[\d,.]*\)?%?$")


def flag_menu_runs(lines: list[ArticleLine], flags: dict[int, str], zone: range) -> None:
    for run in runs_of(zone, lines, flags, _is_menu_item):
        after = run[-1] + 1 if run else len(lines)
        if after < len(lines) and _AMOUNT_CELL.match(lines[after].text):
            continue  # a table's labels over its first value
        if len(run) >= 3:
            flags.update(dict.fromkeys(run, "navigation"))


def _section_name(line: ArticleLine) -> str:
    return line.text.strip(" »›>|•·:").lower()


def is_section_list(line: ArticleLine) -> bool:
    """'Air Warfare, Global, Land, Missile Defense': three or more short title-case names
    between commas, nothing else."""
    parts = line.text.split(",")
    return (
        len(parts) >= 3
        and line.words <= 12
        and not SENTENCE_END.search(line.text)
        and ":" not in line.text
        and all(0 < len(p.split()) <= 3 and is_title_case(p) for p in parts)
    )


def is_section_bar(line: ArticleLine) -> bool:
    """'News Opinion Sport Culture': three or more section names side by side."""
    if line.words > 24:  # twelve names and their connectors at most: spare a paragraph
        return False
    words = line.text.split()
    names = [w for w in words if w.lower() not in CONNECTORS]
    known = sum(w.strip(",").lower() in MENU_WORDS for w in names)
    return (
        3 <= len(names) <= 14
        and is_title_case(line.text)
        and (known == len(names) or (len(names) >= 6 and known * 4 >= len(names) * 3))
    )  # a long bar may hold a few names of the site's own ("Innovation", "Earth")


_WIDE_GAP = re.compile(r"\s{2,}")


def is_spaced_menu(line: ArticleLine) -> bool:
    """'Home  World  Kurdistan  Opinion and Analysis  Videos': a menu pasted as one line, its
    items kept apart by runs of spaces; half of them or more the usual section names."""
    if "  " not in line.text or line.words > 30:
        return False
    items = _WIDE_GAP.split(line.text)
    known = sum(item.lower() in MENU_WORDS for item in items)
    return (
        len(items) >= 4
        and known * 2 >= len(items)
        and all(len(item.split()) <= 3 and is_title_case(item) for item in items)
        and not SENTENCE_END.search(line.text)
    )


def flag_section_runs(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Short lines in a run, mostly section names (or many title-case words): a menu."""
    for run in runs_of(range(len(lines)), lines, flags, _is_menu_item):
        named = sum(_section_name(lines[i]) in MENU_WORDS for i in run)
        if (
            named == len(run) >= 2
            or (len(run) >= 3 and named * 2 >= len(run))
            or (len(run) >= 6 and all(is_title_case(lines[i].text) for i in run))
        ):
            flags.update(dict.fromkeys(run, "navigation"))


def _is_kicker(line: ArticleLine) -> bool:
    """'AIR DEFENSE', 'Politics', 'Army Times': a short label (section, masthead) over a
    headline. Title case is held to two words (or section names): a headline has more."""
    text = line.text
    if line.words > 3 or len(text) > 30 or any(c.isdigit() for c in text):
        return False
    if SENTENCE_END.search(text) or ":" in text or is_byline(text) or DATE_LIKE.search(text):
        return False
    if text.isupper():
        return True
    return is_title_case(text) and (
        line.words <= 2
        or all(w.lower() in MENU_WORDS or w in CONNECTORS for w in text.split())
        or text.endswith(" News")  # "Middle East News": a section of the site's news
    )


_ISSUING_BODY = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z&][\w'’-]*){0,4} (?:Committee|Commission|Council)$"
)


def _is_stamp(line: ArticleLine) -> bool:
    return line.words <= 6 and DATE_LIKE.search(line.text) is not None


def flag_kickers(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Labels between the page's top and the headline: every line above the headline is
    furniture or such a label, and the headline is a line of four words or more with a
    sentence, a byline or a stamp (not another title) under it. ('BAGHDAD' over a paragraph
    is a dateline: without a headline under it, nothing is flagged.)"""
    labels: list[int] = []
    for i, line in enumerate(lines[:LIST_LINES]):
        if i in flags:
            continue
        if _is_kicker(line):
            # a body's name over a report's title ("Defence Committee") is its issuer: the
            # only place the drafting sees who issued it
            if not _ISSUING_BODY.search(line.text):
                labels.append(i)
            continue
        below = lines[i + 1] if i + 1 < len(lines) else None
        # a headline may end in a full stop when the byline follows it and its dek
        titled = is_headline_like(line) or (
            line.words <= HEADLINE_WORDS and any(is_byline(ln.text) for ln in lines[i + 1 : i + 3])
        )
        if (
            labels
            and titled
            and line.words >= 4
            and below is not None
            and (
                i + 1 in flags
                or not is_headline_like(below)
                or is_byline(below.text)
                or _is_stamp(below)  # "19 Nov 2026": the story's date under its headline
            )
        ):
            flags.update(dict.fromkeys(labels, "section label"))
        return


def flag_story_kickers(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """"FROM THE FRONT" over a headline over its byline, further down a newsletter's pages:
    the column's label in capitals, not the story (flag_kickers sees only the page's top)."""
    for i in range(2, len(lines)):
        line = lines[i]
        # (a rank may open the name: "By Sgt. 1st Class Jo Ames, Task Force Public Affairs")
        if line.text[:3] not in ("By ", "BY ") or not line.text[3:4].isupper() or line.words > 14:
            continue
        title, label = lines[i - 1], lines[i - 2]
        if (
            i - 1 not in flags
            and i - 2 not in flags
            and is_headline_like(title)
            and not title.text.isupper()
            and label.words <= 4
            and label.text.isupper()
            and not SENTENCE_END.search(label.text)
        ):
            flags[i - 2] = "section label"


def is_menu_heading(line: ArticleLine) -> bool:
    return line.words <= 5 and not SENTENCE_END.search(line.text) and line.text[:1].isupper()
