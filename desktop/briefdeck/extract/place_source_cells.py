"""A place's word in a table's "Source" column: who reported the row, not where anything happened.

A tracker gives each incident row its sourcing in a cell of its own ("US Embassy Baghdad",
"Kurdistan24", "Jordan Armed Forces"): the embassy, outlet or body that spoke. A reader takes
the place's word in that cell for the speaker's name, never for a place of the report (the
row's Location column says where). The column is found by its header ("Source", "Sources",
"Sourcing", "Reported by"); rows come tab-separated or between pipes (a published sheet's
"| 9 | 2026-11-29 | Erbil Air Base | ... | US Embassy Baghdad | ... |"). Read once per text,
and only when the text has a table at all. The sourcing scan reads the same cells
(sourcing_table_columns), as the bodies that reported.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"(?i)^(?:sources?|sourcing|reported\s+by|attribution)$")
# "|---|---|": a pipe table's rule (possessive runs: a line of blanks after the rule is
# read once, not again from each blank)
_RULE = re.compile(r"^\|?(?:\s*+:?-{3,}+:?\s*+\|)+\s*+:?-*+:?\s*+$")


def _cells(line: str) -> tuple[list[str], int]:
    """A table row's cells and the first cell's offset in the line (none if no row)."""
    if "\t" in line:
        return line.split("\t"), 0
    if line.startswith("|") and line.count("|") >= 3:
        body = line.rstrip()
        return body[1:-1 if body.endswith("|") else None].split("|"), 1
    return [], 0


def source_cells(text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of the cells under a table's "Source" header."""
    if "\t" not in text and "\n|" not in text:
        return []
    spans: list[tuple[int, int]] = []
    column = -1
    pos = 0
    piped = False  # a page's pipe rows come parted by blank lines; a tab table ends at one
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells, first = _cells(line)
        if not cells:
            if line.strip() or not piped:
                column = -1  # the table has ended
            continue
        piped = bool(first)
        if first and _RULE.match(line):
            continue
        header = next((i for i, c in enumerate(cells) if _HEADER.match(c.strip())), -1)
        if header >= 0:
            column = header
            continue
        if 0 <= column < len(cells):
            at = start + first + sum(len(c) + 1 for c in cells[:column])
            spans.append((at, at + len(cells[column])))
    return spans


# "source: U.S. Embassy Baghdad; PMF statement": a map note's or a log's sourcing line, which
# names the mission that reported, the same as a Source column's cell.
_SOURCE_LABEL_BEFORE = re.compile(r"(?i)\bsources?\s*:\s*(?:[^;:\n]{1,40}[;,]\s*){0,3}$")


def source_labelled(text: str, start: int) -> bool:
    """Is the name at start listed after a "source:" label?"""
    return "ource" in text[max(0, start - 130):start] and \
        _SOURCE_LABEL_BEFORE.search(text, max(0, start - 130), start) is not None
