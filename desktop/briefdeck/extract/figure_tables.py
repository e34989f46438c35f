"""Figures read from a table: a number in a cell counts what its column's header names.

Tables reach the text as tab-separated lines (Markdown, Word and PDF tables alike): a header
line of words, then rows whose first cell names the row ("April", "Erbil") and whose other
cells hold counts. "April<tab>9" under "Month<tab>Attacks" is 9 attacks (April). A column is
read only when its header names things in the plural ("Attacks", "Drones", "U.S. personnel
injured"); dates, years, codes and single-word labels ("Date", "Type", "Source") are left out,
and so are zeros and cells that are not one plain number.
"""

from __future__ import annotations

import re

from briefdeck.model import Figure, Provenance

_CELL_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,6}")
# A header that counts: its last word is a plural noun or a casualty word.
_COUNTING_HEADER = re.compile(
    r"(?:^|\s)(?:[a-z][a-z-]{2,}s|personnel|people|staff|killed|wounded|injured|dead|"
    r"casualties|fatalities)$")
_NOT_COUNTS = re.compile(r"\b(?:dates?|times?|years?|months?|days?|weeks?|hours?|ids?|codes?|"
                         r"numbers?|nos?|ref(?:erence)?s?|pages?|sources?|notes?|coordinates|"
                         r"grids?|%|percent|per cent|rates?)\b")


def _cells(line: str) -> list[str]:
    return line.split("\t")


def table_figures(text: str, taken: set[int]) -> list[Figure]:
    """Figures from the numeric cells of tab-separated tables under a header line of words;
    numbers already drafted at their position (in taken) are not drafted twice."""
    if "\t" not in text:
        return []
    figures: list[Figure] = []
    headers: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = _cells(line)
        if len(cells) < 3:
            headers = None
            continue
        if headers is None or len(cells) != len(headers):
            words = [c.strip() for c in cells]
            headers = words if all(w and not any(ch.isdigit() for ch in
                                                 re.sub(r"\(.*?\)", "", w)) for w in words) \
                else None
            continue
        label = cells[0].strip()
        at = start + len(cells[0]) + 1
        for header, cell in zip(headers[1:], cells[1:], strict=True):
            here, at = at, at + len(cell) + 1
            unit = header.lower()
            value = cell.strip()
            if not _CELL_NUMBER.fullmatch(value) or not _COUNTING_HEADER.search(unit) or \
                    _NOT_COUNTS.search(unit) or not label:
                continue
            number = float(value.replace(",", ""))
            cell_at = here + cell.index(value)
            if number == 0 or cell_at in taken:
                continue
            figures.append(Figure(
                id="fg-0", value=number, value_high=None, unit=unit, qualifier="exact",
                text=value, label=f"{value} {header} ({label})"[:80],
                provenance=Provenance(source="src-1", start=cell_at,
                                      end=cell_at + len(value)),
            ))
    return figures
