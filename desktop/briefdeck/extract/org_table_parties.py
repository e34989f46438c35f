"""The bodies a table lists in its party column: under "Grantee", "Recipient", "Contractor" or
"Vendor", each row's cell names a body (a hospital given a grant, a firm given a contract),
whatever its name ends with.

Award announcements and contract notices list them so; a table's cells read as headlines (every
word capitalised), so the generic rules skip them. Tables come as a line of cells split by bars
or tabs, or, out of a PDF, one cell a line in row order.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found, is_place

_PARTY = re.compile(r"(?:Grantee|Recipient|Awardee|Beneficiary|Contractor|Vendor|Supplier|"
                    r"Implementing\s+partner|Partner)s?", re.I)
_CELLS = re.compile(r"\s*\|\s*|\t+")
_HEADER_CELL = re.compile(r"[A-Z][\w/&.-]*(?:\s+[\w/&.-]+){0,2}")
_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.&-]*)){0,7}")
_MAX_ROWS = 40


def _add(found: dict[str, Found], name: str, start: int) -> None:
    if not _NAME.fullmatch(name) or len(name.split()) < 2 or is_place(name):
        return
    key = name.casefold()
    if key not in found and not any(f.name == name or name in f.aliases
                                    for f in found.values()):
        found[key] = Found(name, start, start + len(name))


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append((at + len(raw) - len(raw.lstrip()), raw.strip()))
        at += len(raw) + 1
    return out


def table_parties(text: str, found: dict[str, Found]) -> None:
    """Add the bodies under a table's party column."""
    if not _PARTY.search(text):
        return  # the cheap test
    lines = _lines(text)
    for i, (_at, line) in enumerate(lines):
        cells = _CELLS.split(line)
        party = [j for j, c in enumerate(cells) if _PARTY.fullmatch(c)]
        if not party:
            continue
        if len(cells) > 1:  # "Grantee | Location | Amount": rows on the lines below
            if not all(_HEADER_CELL.fullmatch(c) for c in cells if c):
                continue
            for at, row in lines[i + 1 : i + 1 + _MAX_ROWS]:
                got = _CELLS.split(row)
                if len(got) != len(cells):
                    break
                _add(found, got[party[0]], text.find(got[party[0]], at))
            continue
        head = i + 1  # one cell a line: the header's other cells, then the rows
        while head < len(lines) and head - i < 8 and _HEADER_CELL.fullmatch(lines[head][1]) \
                and not _PARTY.fullmatch(lines[head][1]) and len(lines[head][1].split()) <= 3:
            head += 1
        size = head - i
        if size < 2:
            continue
        for row in range(head, min(len(lines), head + size * _MAX_ROWS), size):
            group = lines[row : row + size]
            if len(group) < size or any(len(c.split()) > 20 for _, c in group):
                break  # prose again: the table has ended
            at, cell = group[0]
            if cell.endswith(".") or any(ch.isdigit() for ch in cell):
                break
            _add(found, cell, at)
