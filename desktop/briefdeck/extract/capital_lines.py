"""A log's lines written wholly in capitals (a radio net's rows, a signal's body).

Rules that read known names (organizations, weapon makes) in such lines match them ignoring
case; a line this long is a log's entry, not a heading's one or two words.
"""

from __future__ import annotations

MIN_LETTERS = 24


def capital_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of at least MIN_LETTERS characters written in capitals."""
    spans, at = [], 0
    for line in text.split("\n"):
        if len(line) >= MIN_LETTERS and line.isupper():
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans
