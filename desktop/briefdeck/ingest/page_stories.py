"""A printed page's other story, and its name plate, in a page read as one text.

A newspaper page saved as a PDF holds more than the story that was asked for: a short
unrelated story set beside it (its own headline, then its own byline, then a paragraph or
two) and the paper's name plate over everything. A reader tells the other story apart by
its headline and byline standing alone, and by its having nothing to do with the rest of
the page: not one of its headline's words, and few of its names, come up anywhere else.
Its figures and people are not facts of the report. The name plate is known by coming back
in the page's running head ("A6 | NATION & WORLD | ... | THE WABASH VALLEY COURIER").
Only a page that shows it was printed (a jump line, "Continued on A6" or "From A1") is read
this way: a web page's headline and byline over its one story must never be taken.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine, is_byline, is_headline_like, is_prose

_PRINT_MARKS = ("jump line", "print edition note")
_WORD = re.compile(r"[a-z][a-z'’-]{3,}")
_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*")
_COMMON = frozenset(
    "after before with from into over under about their there this that will would could "
    "said says year years week weeks first last more most than then when where which while "
    "what were have been being they them also only some such other new".split()
)
_OPENS_WITH_BYLINE = re.compile(r"^(?:By|BY) [A-Z][\w.'’-]+ [A-Z]")
_LONGEST_STORY = 4  # paragraphs: a brief set beside the lead, not the lead itself


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _COMMON}


def flag_other_story(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    if not any(kind in _PRINT_MARKS for kind in flags.values()):
        return
    for b in range(1, len(lines) - 1):
        head = lines[b - 1]
        if (
            b in flags
            or b - 1 in flags
            or not is_byline(lines[b].text)
            or not is_headline_like(head)
            or is_prose(head.text, head.words)
        ):
            continue
        end = b + 1
        while (
            end < len(lines)
            and end not in flags
            and is_prose(lines[end].text)
            and not _OPENS_WITH_BYLINE.match(lines[end].text)  # the next story starts
        ):
            end += 1
        if not b + 1 < end <= b + 1 + _LONGEST_STORY:
            continue
        block = range(b - 1, end)
        rest = [ln for i, ln in enumerate(lines) if i not in flags and i not in block]
        if sum(is_prose(ln.text, ln.words) for ln in rest) < 3:
            continue  # nothing else on the page to tell it apart from
        rest_text = " ".join(ln.text for ln in rest)
        rest_words = _words(rest_text)
        if _words(head.text) & rest_words:
            continue  # its headline's words come up in the rest: the same story
        body = " ".join(lines[i].text for i in range(b + 1, end))
        names = set(_NAME.findall(body)) - {"The", "Thursday", "Friday", "Monday", "Tuesday",
                                            "Wednesday", "Saturday", "Sunday"}
        if sum(name in rest_text for name in names) > 1:
            continue
        for i in block:
            flags[i] = "other stories"


def flag_name_plate(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The first line, when the page's flagged running head repeats it."""
    if not lines or 0 in flags or lines[0].words > 6 or lines[0].words < 2:
        return
    plate = lines[0].text.lower()
    if any(
        flags.get(i) and "|" in ln.text and plate in ln.text.lower()
        for i, ln in enumerate(lines[1:], 1)
    ):
        flags[0] = "masthead"
