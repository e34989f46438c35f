"""Numbers that label rather than count: list items run into a line, and web error codes.

"To the Houthi authorities: 4. Stop placing ... 5. Allow ...": a numbered recommendation
(the reader ran the list into one line), not four of anything; "the old one 404s", "got a
404 error": a web page's status code, no count.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

# After the item's number: its sentence ("Stop placing", "Suspend strikes").
_ITEM_AFTER = re.compile(r"\.[^\S\n]+[A-Z][a-z]+[^\S\n]+[a-z]")
# Before it: the start of a line, a sentence's end or a heading's colon.
_ITEM_BEFORE = re.compile(r"(?:^|[.:;!?)][^\S\n]*|\n)[^\S\n]*$")
_NEAR = 400  # how far the neighbouring item may be
# "404s", "a 404 error", "503 page": a server's answer, by the HTTP code.
_STATUS_AFTER = re.compile(r"(?:s|ed|ing)?\b(?:[^\S\n]+(?:error|errors|page|response|"
                           r"not\s+found|status))?", re.I)
_STATUS = re.compile(r"[45]0\d")


def listed_item(text: str, q: Quantity) -> bool:
    """Is q a list item's number ("4. Stop ..."), with the item before or after it in line?"""
    if not q.text.isdigit() or text[q.end:q.end + 1] != "." or \
            not _ITEM_AFTER.match(text, q.end) or \
            not _ITEM_BEFORE.search(text, max(0, q.start - 6), q.start):
        return False
    n = int(q.text)
    for other, lo, hi in ((n - 1, max(0, q.start - _NEAR), q.start),
                          (n + 1, q.end, q.end + _NEAR)):
        if other < 1:
            continue
        at = text.find(f"{other}. ", lo, hi)
        while at >= 0:
            if not text[at - 1:at].isdigit() and \
                    _ITEM_AFTER.match(text, at + len(str(other))) and \
                    _ITEM_BEFORE.search(text, max(0, at - 6), at):
                return True
            at = text.find(f"{other}. ", at + 1, hi)
    return False


def status_code(text: str, q: Quantity) -> bool:
    """Is q a web error code: "the old one 404s", "a 404 error"?"""
    if not _STATUS.fullmatch(q.text):
        return False
    after = _STATUS_AFTER.match(text, q.end)
    return bool(after and after.end() > q.end)
