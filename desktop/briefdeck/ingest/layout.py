"""Boilerplate found by where a line sits rather than by its words alone.

Running headers and footers repeated on every page of a PDF or Word file, the lines of a
contact block or a newsletter box, a breadcrumb under "Home", a masthead above the menu, a
section label above the headline, the writer's name under each update's "Share" button.
Each function takes the article's lines and the flags found so far, and adds to them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Protocol

from briefdeck.ingest.line_kinds import is_byline
from briefdeck.ingest.rules import _STAMP_SEP, _STAMP_TOKEN, MENU_WORDS, I

_SENTENCE_END = re.compile(r"[.!?;][\"'”’)\]]*$")
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|al-\w+|de|van|von|bin)){1,3}$")
_BARE_NUMBER = re.compile(r"^[-–—]?\s*\d{1,4}\s*[-–—]?$")  # a page number with nothing else
_DATEISH = re.compile(rf"^(?:{_STAMP_SEP}{_STAMP_TOKEN})+{_STAMP_SEP}$", I)
_PARTS = re.compile(r"\s*[•·|]\s*")
_CONTACT_HEADING = re.compile(
    r"^(?:(?:media|press|public affairs|news ?desk|press office) )?contacts?\s*:$|"
    r"^(?:media|press|public affairs) contacts?$",
    I,
)
_HOME = {"home", "homepage", "home page"}
_EDGE = 3  # how near the top or bottom of a page a running header or footer sits
_PAGE_LINES = 8  # fewer lines than this between two page numbers: not pages
# Furniture that comes in boxes of several lines: a line inside such a box is part of it.
_BOXES = {"newsletter", "cookie banner", "subscribe", "contact", "government site banner"}


class Line(Protocol):
    """A non-blank line of the article (line_kinds.ArticleLine): offsets, stripped text, words."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def words(self) -> int: ...


def _joined(text: str, a: Line, b: Line) -> bool:
    """No blank line between a and b: the same block on the page."""
    return text.count("\n", a.end, b.start) <= 1


def _short_label(line: Line, words: int) -> bool:
    return (
        line.words <= words
        and not _SENTENCE_END.search(line.text)
        and not any(c.isdigit() for c in line.text)
    )


def is_source_and_date(text: str) -> bool:
    """'Stars and Stripes • May 14, 2025', 'By Jo Ames | Harbor Ledger | 3 March 2024'."""
    if len(text) > 160 or not _PARTS.search(text):
        return False
    parts = [p for p in _PARTS.split(text) if p]
    if not 2 <= len(parts) <= 4:
        return False
    dates = [p for p in parts if any(c.isdigit() for c in p) and _DATEISH.match(p)]
    names = [
        p
        for p in parts
        if len(p.split()) <= 6
        and not any(c.isdigit() for c in p)
        and not _SENTENCE_END.search(p)
        and all(w[:1].isupper() or w in ("and", "of", "the", "&", "for") for w in p.split())
    ]
    return bool(dates) and bool(names) and len(dates) + len(names) == len(parts)


_NUMBERED_HEAD = re.compile(r"^(?P<head>[^\d].{14,200}?)\s+(?P<page>\d{1,3})$")


def flag_numbered_heads(lines: Sequence[Line], flags: dict[int, str]) -> None:
    """A printed record's title with the page number run onto it ('THE HEARING'S TITLE 2',
    'THE HEARING'S TITLE 3'): the same words on pages far apart, the numbers rising; a
    title in capitals, or one the text also prints alone (on its cover)."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.words <= 20 and line.text[-1:].isdigit() and i not in flags:
            m = _NUMBERED_HEAD.match(line.text)
            if m:
                found[m.group("head")].append((i, int(m.group("page"))))
    if not found:
        return
    alone = {line.text for line in lines}
    for head, hits in found.items():
        if (
            len(hits) >= 2
            and all(
                b[0] - a[0] >= _PAGE_LINES and a[1] < b[1]
                for a, b in zip(hits, hits[1:], strict=False)
            )
            and (head.isupper() or head in alone)
            and not _SENTENCE_END.search(head)
        ):
            for i, _ in hits:
                flags[i] = "running header or footer"


def flag_running_heads(lines: Sequence[Line], flags: dict[int, str]) -> None:
    """A short line repeated at the top or bottom of two or more pages (next to a page
    number, or opening and closing the document) is a running header or footer."""
    seen: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.words <= 20 and len(line.text) <= 200:
            seen[line.text].append(i)
    repeated = [found for found in seen.values() if len(found) >= 2]
    n = len(lines)
    numbers = _page_numbers(lines) or _excerpt_page_numbers(lines, repeated)
    marks = [i for i, rule in flags.items() if rule == "page number"] + numbers
    # The top of the first page and the foot of the last (in a text long enough to have both).
    edges = set(range(_EDGE)) | set(range(n - _EDGE, n)) if n > 4 * _EDGE else set()
    for m in marks:
        edges.update(range(m - _EDGE, m + _EDGE + 1))
    for i in numbers:
        flags.setdefault(i, "page number")
    headline = _first_headline(lines, flags)
    # A title repeated as the running head still heads the story, unless the first page's
    # number follows it with no paragraph between: then it is the running head there too.
    if headline is not None and any(
        0 < m - headline <= _EDGE
        # a licence or copyright notice between them is the head's small print, not a paragraph
        and not any(_reads_as_prose(lines[k]) and k not in flags for k in range(headline, m))
        for m in marks
    ):
        headline = None
    # A browser's print header ("11/18/26, 9:14 AM" over the page's title) on the first page:
    # the same pair of lines opens the next pages too, so the title there is the header.
    if headline is not None and headline > 0 and headline - 1 in flags:
        above = lines[headline - 1].text
        if any(
            i != headline and i > 0 and lines[i - 1].text == above
            for i in seen.get(lines[headline].text, ())
        ):
            headline = None
    heads = {"running header or footer", "page number"}
    for found in repeated:
        if sum(i in edges for i in found) >= 2:
            for i in found:
                if i != headline:
                    flags.setdefault(i, "running header or footer")
    # A repeated line that sits, every time, right beside a line of a running head (the
    # publisher's name over the report's title and page number) belongs to it, though it
    # stands a line further from the page number than a running head usually does; on the
    # first page too, when what follows it there is the running head, not the story.
    for found in repeated:
        if all(
            i not in flags
            and (i != headline or flags.get(i + 1) in heads)  # a title heads its story
            and (flags.get(i - 1) in heads or flags.get(i + 1) in heads)
            and not _SENTENCE_END.search(lines[i].text)
            for i in found
        ):
            for i in found:
                flags[i] = "running header or footer"
    # A short line between two lines of a running head (a motto under the publisher's
    # name, above the page number) belongs to it.
    for i in range(1, len(lines) - 1):
        if (
            i not in flags
            and i - 1 in flags
            and i + 1 in flags
            and heads & {flags[i - 1], flags[i + 1]}
            and flags[i + 1] != "report period"  # a report's title over its period line
            and i != headline
            and lines[i].words <= 12
            and not _SENTENCE_END.search(lines[i].text)
            and not is_byline(lines[i].text)  # the writers under a title repeated as the head
        ):
            flags[i] = "running header or footer"


def _reads_as_prose(line: Line) -> bool:
    return line.words > 36 or (line.words >= 5 and bool(_SENTENCE_END.search(line.text)))


def _page_numbers(lines: Sequence[Line]) -> list[int]:
    """Bare numbers that count pages: 1, 2, 3 ... each well below the one before. A
    number alone on a line elsewhere (a list's rank, a table cell) is not a page edge."""
    found: list[int] = []
    last = (0, -_PAGE_LINES)  # (page number, line index)
    for i, line in enumerate(lines):
        if line.words <= 3 and _BARE_NUMBER.match(line.text):
            value = int(line.text.strip(" -–—"))
            if value == last[0] + 1 and i - last[1] >= _PAGE_LINES:
                found.append(i)
                last = (value, i)
    return found if len(found) >= 2 else []


def _excerpt_page_numbers(lines: Sequence[Line], repeated: list[list[int]]) -> list[int]:
    """An excerpt's pages, numbered from where it was cut (14, 15 ...): consecutive bare
    numbers well apart, each beside an occurrence of one line repeated on the pages (the
    running head; on the cover too, perhaps, with no number there). Each repeated line is
    tried on its own: a table's repeated cells have other bare numbers (its counts) beside."""
    for found in repeated:
        if not any(c.isalpha() for c in lines[found[0]].text):  # not a table's repeated cell
            continue
        beside = sorted(
            j
            for i in found
            for j in (i - 1, i + 1)
            if 0 <= j < len(lines) and lines[j].words == 1 and _BARE_NUMBER.match(lines[j].text)
        )
        if len(beside) >= 2 and all(
            int(lines[b].text) == int(lines[a].text) + 1 and b - a >= _PAGE_LINES
            for a, b in zip(beside, beside[1:], strict=False)
        ):
            return beside
    return []


def _first_headline(lines: Sequence[Line], flags: dict[int, str]) -> int | None:
    for i, line in enumerate(lines[:10]):
        if i in flags:
            continue
        if 3 <= line.words <= 25 and not _SENTENCE_END.search(line.text):
            if line.text.isupper():  # a series name in capitals over the title: look on
                continue
            return i
        if line.words > 25 or _SENTENCE_END.search(line.text):
            return None
    return None


def flag_blocks(text: str, lines: Sequence[Line], flags: dict[int, str], first_prose: int) -> None:
    """Lines that belong to the block of furniture they sit in."""
    n = len(lines)
    for i in range(n):
        rule = flags.get(i)
        if rule == "contact" and _CONTACT_HEADING.match(lines[i].text):
            _flag_run_below(text, lines, flags, i, "contact", lambda ln: ln.words <= 10)
        elif rule == "navigation" and lines[i].text.lower() in _HOME:
            _flag_run_below(text, lines, flags, i, "navigation", _is_crumb, headline_last=True)
        elif rule == "share buttons" and i + 1 < n and i + 1 not in flags:
            _flag_update_byline(text, lines, flags, i + 1)

    # A box of furniture: a line between two lines of the same box is part of it (unless it
    # reads as a sentence: text pasted without blank lines keeps its paragraphs apart so).
    for i in range(1, n - 1):
        rule = flags.get(i - 1)
        if (
            i not in flags
            and rule in _BOXES
            and flags.get(i + 1) == rule
            and not (lines[i].words >= 5 and _SENTENCE_END.search(lines[i].text))
            and lines[i].words <= 30
            and _joined(text, lines[i - 1], lines[i])
            and _joined(text, lines[i], lines[i + 1])
        ):
            flags[i] = rule

    # Above the story: the masthead over the menu, a lone section label over the headline
    # (a usual section name, or an item of the page's own menu bar: "Hearings").
    menu_items = {
        item.lower()
        for i in range(min(first_prose, n))
        if flags.get(i) == "navigation" and "|" in lines[i].text
        for item in _MENU_ITEMS.split(lines[i].text)
    }
    for i in range(min(first_prose, n)):
        if i in flags:
            continue
        line = lines[i]
        above_menu = (
            i + 1 < n
            and flags.get(i + 1) == "navigation"
            and _joined(text, line, lines[i + 1])
            and _short_label(line, 6)
            and _is_name_like(line.text)
        )
        section = i + 1 < n and (
            _is_section_label(line) or (line.words <= 4 and line.text.lower() in menu_items)
        )
        # "Truth Before Speed" over "World": the site's name or motto
        # over its section label (a headline is longer, and sits below the label)
        above_label = (
            i + 1 < n
            and i + 1 not in flags
            and _is_section_label(lines[i + 1])
            and _joined(text, line, lines[i + 1])
            and _short_label(line, 5)
            and _is_name_like(line.text)
        )
        # "MINISTRY OF DEFENCE - PRESS OFFICE" over a menu or the issuer's desk: the
        # letterhead, a longer name than a site's
        letterhead = _is_letterhead(line) and _over_furniture(lines, flags, i)
        # "T.C. Millî Savunma Bakanlığı" over "Republic of Türkiye Ministry of National
        # Defence": the name in the issuer's own language over its English letterhead
        letterhead = letterhead or (
            i == 0
            and n > 1
            and 1 not in flags
            and _short_label(line, 6)
            and _is_name_like(line.text)
            and _is_letterhead(lines[1])
            and _over_furniture(lines, flags, 1)
        )
        # "DAILY PRESS DIGEST" under the issuer's name: the product's title, part of the
        # masthead (alone at the top, such a line is the document's own title)
        product = flags.get(i - 1) == "masthead" and _PRODUCT_TITLE.match(line.text) is not None
        # "The Morning Line" over "A weekly newsletter on ...": the title over its tagline
        titled = (
            i + 1 < n
            and i + 1 not in flags
            and _TAGLINE.match(lines[i + 1].text) is not None
            and _short_label(line, 5)
            and _is_name_like(line.text)
        )
        if not (above_menu or section or above_label or letterhead or product or titled):
            break  # only lines above every unflagged line qualify
        masthead = (letterhead or product or titled) and not (above_menu or section)
        flags[i] = "masthead" if masthead else "navigation"
        if titled and masthead:
            flags[i + 1] = "masthead"


# "A weekly newsletter on missile defense and the budget": what a newsletter is, under its title.
_TAGLINE = re.compile(
    r"^(?:an?|the|your) (?:[\w-]+ )?(?:daily|weekly|monthly|fortnightly|twice-weekly|morning|"
    r"evening|free) (?:e-?mail )?(?:newsletter|briefing|digest|bulletin|dispatch)\b(?: (?:on|"
    r"about|for|covering|from|of)\b[^.!?]{0,100})?[.]?$",
    I,
)
_PRODUCT_TITLE = re.compile(
    r"^(?:the )?(?:daily|weekly|monthly|morning|evening|nightly|fortnightly)(?: (?:press|media|"
    r"news|security|situation|threat|open[- ]source|intelligence|operations))? (?:digest|"
    r"summary|brief|briefing|bulletin|round-?up|review|clippings|monitor|sitrep)$",
    I,
)
_MENU_ITEMS = re.compile(r"\s*\|\s*")
_UNDER_LETTERHEAD = {"navigation", "masthead", "letterhead", "contact", "press release furniture"}
_ORG_PART = re.compile(
    r"\b(?:committee|commission|council|ministry|department|agency|command|task force|"
    r"headquarters|embassy|consulate(?: general)?|mission|office|directorate|secretariat|senate|"
    r"parliament|assembly|authority|administration|corps|institute|centre|center)"
    r"(?: (?:of|on|for) (?:the )?[\w.&'’-]+(?: (?:[\w.&'’-]+|and|of|the|&)){0,4})?$",
    I,
)
_NAME_PARTS = re.compile(r"\s+[-–—|]\s+")


def names_organisation(text: str) -> bool:
    """'United States Senate Committee on Armed Services', 'JOINT TASK FORCE - OPERATION
    X', 'Counter-Terrorism Directorate (CTD)': one part of the line ends with an
    organisation's head noun (and its "of ..." tail), perhaps with its acronym after it."""
    return any(_ORG_PART.search(part) for part in _NAME_PARTS.split(_ACRONYM_TAIL.sub("", text)))


_ACRONYM_TAIL = re.compile(r"\s+\([A-Z][A-Z&.-]{1,9}\)$")


def _is_letterhead(line: Line) -> bool:
    bare = _ACRONYM_TAIL.sub("", line.text)
    return _short_label(line, 10) and _is_name_like(bare) and names_organisation(bare)


def _over_furniture(lines: Sequence[Line], flags: dict[int, str], i: int) -> bool:
    """A letterhead sits over a menu, a desk or a release's label: directly, or over one or
    two more lines of the letterhead ("MINISTRY OF X" / "Directorate of Y (DY)" / "PRESS
    STATEMENT")."""
    for j in range(i + 1, min(i + 4, len(lines))):
        if flags.get(j) in _UNDER_LETTERHEAD:
            return True
        if j in flags or not _is_letterhead(lines[j]):
            return False
    return False


def _is_section_label(line: Line) -> bool:
    return line.text.strip(" »›>|•·:").lower() in MENU_WORDS


def _is_crumb(line: Line) -> bool:
    return _short_label(line, 6) and not line.text.lower().startswith("by ")


def _is_name_like(text: str) -> bool:
    """'United States European Command', 'THE HARBOR LEDGER': a name, not a sentence."""
    return text.isupper() or all(
        w[:1].isupper() or w in ("and", "of", "the", "&", "for", "on", "in") for w in text.split()
    )


def _flag_run_below(
    text: str,
    lines: Sequence[Line],
    flags: dict[int, str],
    head: int,
    rule: str,
    member: Callable[[Line], bool],
    most: int = 6,
    headline_last: bool = False,
) -> None:
    """The lines under a heading, down to a blank line; with headline_last, a last line that
    runs straight into the story is its headline, not part of the run."""
    run: list[int] = []
    for j in range(head + 1, min(head + 1 + most, len(lines))):
        if not _joined(text, lines[j - 1], lines[j]):
            break
        if j in flags:
            continue
        if _SENTENCE_END.search(lines[j].text) and lines[j].words >= 5 or not member(lines[j]):
            if headline_last and run and run[-1] == j - 1:
                run.pop()
            break
        run.append(j)
    flags.update(dict.fromkeys(run, rule))


def _flag_update_byline(text: str, lines: Sequence[Line], flags: dict[int, str], i: int) -> None:
    """'Share' then the writer's name closes each update of a live blog."""
    line = lines[i]
    last = i + 1 == len(lines) or not _joined(text, line, lines[i + 1])
    if last and _joined(text, lines[i - 1], line) and _NAME_LINE.match(line.text):
        flags[i] = "byline"
