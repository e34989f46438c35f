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

_CELL_NUMBER = r"\d{1,3}(?:,\d{3})+|\d{1,6}"
# A cell's number as tables write it: "9,000", "about 10,000", "13,000-13,500".
_CELL = re.compile(rf"(?P<about>(?:about|around|approx\.?|approximately|some|~)\s*)?"
                   rf"(?P<n>{_CELL_NUMBER})(?:\s?[-–]\s?(?P<hi>{_CELL_NUMBER}))?", re.I)
# A short line of words alone between table lines: a cell wrapped onto its own line.
_WRAPPED = re.compile(r"[A-Za-z][\w.'’()-]*(?:[ ][A-Za-z][\w.'’()-]*){0,2}")
# A header that counts: its last word is a plural noun or a casualty word.
_COUNTING_HEADER = re.compile(
    r"(?:^|\s)(?:[a-z][a-z-]{2,}s|personnel|people|staff|killed|wounded|injured|dead|"
    r"casualties|fatalities)$")
_NOT_COUNTS = re.compile(r"\b(?:dates?|times?|years?|months?|days?|weeks?|hours?|ids?|codes?|"
                         r"numbers?|nos?|ref(?:erence)?s?|pages?|sources?|notes?|coordinates|"
                         r"grids?|%|percent|per cent|rates?)\b")


def _cells(line: str) -> list[str]:
    return line.split("\t")


# A table's totals row ("Total<tab>188<tab>142<tab>76%") restates counts the prose gives ("142
# of our 188 staff responded"): the prose's number, with its noun, is the figure already.
_TOTAL_ROW = frozenset({"total", "totals", "all", "overall", "sum"})


def table_figures(text: str, taken: set[int], told: frozenset[float] = frozenset()) -> list[Figure]:
    """Figures from the numeric cells of tab-separated tables under a header line of words;
    numbers already drafted at their position (in taken) are not drafted twice, nor a totals
    row's numbers the prose told (in told)."""
    if "\t" not in text:
        return []
    figures: list[Figure] = []
    headers: list[str] | None = None
    just_headed = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = _cells(line)
        if not line.strip():
            continue  # a PDF's table may keep a blank line between its rows
        if len(cells) < 3:
            if headers and _WRAPPED.fullmatch(line.strip()):
                if just_headed:  # "Reported U.S." / "personnel": a header cell wrapped
                    headers[-1] = f"{headers[-1]} {line.strip()}"
                continue  # ("Camp" / "Arifjan": a row's cell wrapped onto a line of its own)
            headers = None
            continue
        just_headed = False
        if headers is None or len(cells) != len(headers):
            words = [c.strip() for c in cells]
            headers = words if all(w and not any(ch.isdigit() for ch in
                                                 re.sub(r"\(.*?\)", "", w)) for w in words) \
                else None
            just_headed = headers is not None
            continue
        label = cells[0].strip()
        at = start + len(cells[0]) + 1
        for header, cell in zip(headers[1:], cells[1:], strict=True):
            here, at = at, at + len(cell) + 1
            unit = header.lower()
            value = cell.strip()
            read = _CELL.fullmatch(value)
            if not read or not _COUNTING_HEADER.search(unit) or \
                    _NOT_COUNTS.search(unit) or not label:
                continue
            number = float(read.group("n").replace(",", ""))
            high = float(read.group("hi").replace(",", "")) if read.group("hi") else None
            if high is not None and high <= number:
                continue  # not a range: "2-1", a score or a code
            qualifier = "range" if high is not None else \
                "about" if read.group("about") else "exact"
            cell_at = here + cell.index(value)
            if number == 0 or cell_at in taken or \
                    number in told and label.lower().rstrip(":") in _TOTAL_ROW:
                continue
            figures.append(Figure(
                id="fg-0", value=number, value_high=high, unit=unit, qualifier=qualifier,
                text=value, label=f"{value} {header} ({label})"[:80],
                provenance=Provenance(source="src-1", start=cell_at,
                                      end=cell_at + len(value)),
            ))
    return figures
