"""A quoted line that heads an item on a review page: '"Pay is good, but ..."' over the line
'2.0 ★★☆☆☆ · Dec 4, 2026 · Current Employee ...'. Review sites set each review's title in
quotation marks on a line of its own, next to its star rating; the title sums up the review,
no one in the text says it."""

from __future__ import annotations

import re

# A rating: star glyphs, or a score out of five ("4.0/5", "3 out of 5").
_RATING = re.compile(r"[★☆]|\b[0-5](?:\.\d)?\s*(?:/\s*5|out\s+of\s+5)\b")
_LINE_REACH = 300  # a rating line is short; read no further for it


def _line_beside(text: str, start: int, end: int, after: bool) -> str:
    """The next (after) or previous non-empty line beside text[start:end]'s own line."""
    if after:
        at = text.find("\n", end)
        while 0 <= at < len(text) and text[at : at + 1] in "\n \t":
            at += 1
        if at < 0 or at >= len(text):
            return ""
        stop = text.find("\n", at, at + _LINE_REACH)
        return text[at : stop if stop >= 0 else min(len(text), at + _LINE_REACH)]
    at = text.rfind("\n", 0, start)
    while at > 0 and text[at - 1 : at] in "\n \t":
        at -= 1
    if at <= 0:
        return ""
    begin = text.rfind("\n", max(0, at - _LINE_REACH), at)
    return text[begin + 1 : at]


def review_title(text: str, open_at: int, close_at: int) -> bool:
    """open_at/close_at: the quote's marks, outside. True when the quote is its line's whole
    text and a rating line stands just above or below it."""
    line_start = text.rfind("\n", 0, open_at) + 1
    line_end = text.find("\n", close_at)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:open_at].strip() or text[close_at:line_end].strip():
        return False
    return any(
        _RATING.search(_line_beside(text, open_at, close_at, after)) for after in (True, False)
    )
