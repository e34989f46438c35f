"""Sources given in a table's "Source" column: an incident log exported from a spreadsheet.

A tracker puts each row's sourcing in a cell of its own ("CJTF-OIR", "US official (Reuters)",
"JAF statement (Petra)", "Open source (X)"): no verb, so the sentence scans never see it. The
column is found by its header ("Source", "Sources", "Sourcing", "Reported by"); each distinct
cell is one source, its kind read from the cell with the outlet that carried it, in brackets,
set aside ("US official (AP)" is the official; the wire only relayed him). A table read from a
page may come in pipes instead ("| 2 | 2026-11-03 | ... | CENTCOM statement | ... |", as a
published spreadsheet's rows read): the same column, between pipes.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import classify, org_kind
from briefdeck.extract.people import PeopleIndex

_HEADER = re.compile(r"(?i)^(?:sources?|sourcing|reported\s+by|attribution)$")
# the outlet that carried it: "(Reuters)", "(Petra)", "(X)", "via AP"
_CARRIER = re.compile(r"\s*(?:\([^()]{1,30}\)|\s+via\s+[\w.-]+(?:\s+[\w.-]+)?)$")
# a source no one is accountable for: open-source material, social media, "unknown"
_OPEN = re.compile(r"(?i)^(?:open[\s-]source|osint|social\s+media|online|unverified)\b")
_NONE = re.compile(r"(?i)^(?:n/?a|none|unknown|tbc|tbd|-+|\?+)$")
_UNNAMED = re.compile(r"(?i)\b(?:official|source|diplomat|officer)s?$")


_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")  # "|---|---|": a pipe table's rule


def _cells(line: str) -> tuple[list[str], int]:
    """The cells of a table's row and the offset of the first in the line ("" if none)."""
    if "\t" in line:
        return line.split("\t"), 0
    if line.startswith("|") and line.count("|") >= 3:
        body = line.rstrip()
        return body[1:-1 if body.endswith("|") else None].split("|"), 1
    return [], 0


def _kind(cell: str, people: PeopleIndex) -> tuple[str, int | None]:
    who = _CARRIER.sub("", cell).strip()
    if _OPEN.match(who):
        return "other", 1
    if _UNNAMED.search(who):
        return classify(who, people)
    return org_kind(who), 1


def table_sources(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each distinct cell of a tab-separated table's source
    column."""
    if "\t" not in text and "\n|" not in text:
        return []
    out: list[tuple[int, int, str, int | None]] = []
    seen: set[str] = set()
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
        if column < 0:
            column = next((i for i, c in enumerate(cells) if _HEADER.match(c.strip())), -1)
            continue
        if column >= len(cells):
            continue
        cell = cells[column].strip()
        if not cell or _NONE.match(cell) or cell.casefold() in seen:
            continue
        seen.add(cell.casefold())
        at = start + first + sum(len(c) + 1 for c in cells[:column])
        at += len(cells[column]) - len(cells[column].lstrip())
        kind, count = _kind(cell, people)
        out.append((at, at + len(cell), kind, count))
    return out
