"""The last quote before a point of a sentence, read once per sentence.

Each quote of a sentence asks for the quote before it ('..., saying it was "...", and had been
struck "..."'); a run-on sentence of a thousand quotes read its opening again for each one.
The quotes from the sentence's opening are read once, as far as asked, and remembered while
the caller walks on through the same sentence.

The answer is the last match of `QUOTE_RE.finditer(text, sent_start, start)`: a quote's
matches depend on the text between its marks only, so those ending by `start` are the same
whatever the end of the search; a match read past `start` begins a stretch read again to
`start` (no quote matches at its opening when cut short there).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from briefdeck.extract.quote_patterns import QUOTE_RE


class _Read:
    def __init__(self, text: str, sent_start: int) -> None:
        self.text, self.sent_start = text, sent_start
        self.matches: list[re.Match[str]] = []
        self.ends: list[int] = []
        self.rest: Iterator[re.Match[str]] | None = QUOTE_RE.finditer(text, sent_start)


_LAST: list[_Read] = []  # the sentence read last (one text, one sentence at a time)


def last_quote_before(text: str, sent_start: int, start: int) -> re.Match[str] | None:
    """The last quote QUOTE_RE finds from sent_start that ends by start (a search cut at start)."""
    read = _LAST[0] if _LAST else None
    if read is None or read.text is not text or read.sent_start != sent_start:
        read = _Read(text, sent_start)
        _LAST[:] = [read]
    while read.rest is not None and (not read.ends or read.ends[-1] <= start):
        found = next(read.rest, None)
        if found is None:
            read.rest = None
        else:
            read.matches.append(found)
            read.ends.append(found.end())
    k = bisect_right(read.ends, start)
    last = read.matches[k - 1] if k else None
    if k < len(read.matches) and read.matches[k].start() < start:
        # a quote read past start: cut at start it does not match, the search goes on after
        # its opening mark
        for found in QUOTE_RE.finditer(text, read.matches[k].start() + 1, start):
            last = found
    return last
