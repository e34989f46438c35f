"""Incident tables kept as comma-separated values: a dataset's CSV pasted into a note, or
shown by `git log -p` / `git diff` ("id,date,site,country,weapon,killed,wounded,source" then
one line per incident). When a line of short, digit-free, comma-separated names holds a date
column and a killed or injured column, it and the lines after it with as many cells are
rewritten as tab-separated cells (the commas between cells become tabs, the quotes around a
cell spaces: same length, every offset holds), so that event_table.py reads each row as one
incident with its own toll, as it reads a Word or PDF table. Each row is a line of its own,
even in text hard-wrapped around it (a commit message): the line break after each row is
given with the text, for the reader to end a paragraph there.
"""

from __future__ import annotations

import re

from briefdeck.extract.event_table import is_toll_head

# A toll column's name standing as a cell of its own after a comma ("...,killed,wounded,"):
# the cheap test that finds the few lines worth reading as a header (the search skips from
# comma to comma; prose ", killed" followed by no comma is let go at once).
_TOLL_CELL = re.compile(r",[ \t]*+\"?+(?:[A-Za-z.]++[ _])?(?i:killed|dead|deaths|fatalities|kia|"
                        r"wia|injured|wounded|injuries|casualties)\"?+[ \t]*+(?=,|\n|$)")
_DATE_HEAD = re.compile(r"(?i)(?:\w+[ _])?(?:date|day)(?:[ _/]\w+)?")
_MAX_HEAD = 40  # a header cell longer than this is prose
_MIN_CELLS = 4


def _separators(line: str) -> list[int] | None:
    """Where the commas between the line's cells stand (those inside a quoted cell are part
    of it), or None when a quote is left open."""
    at: list[int] = []
    quoted = False
    for n, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            at.append(n)
    return None if quoted else at


def _cells(line: str, commas: list[int]) -> list[str]:
    bounds = [-1, *commas, len(line)]
    return [line[a + 1:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _is_header(line: str) -> int:
    """The number of cells when the line names an incident table's columns (a date column
    and a killed or injured one), else 0."""
    commas = _separators(line)
    if commas is None or len(commas) + 1 < _MIN_CELLS or any(ch.isdigit() for ch in line):
        return 0
    heads = [c.strip().strip('"').strip().replace("_", " ") for c in _cells(line, commas)]
    if any(not h or len(h) > _MAX_HEAD for h in heads):
        return 0
    if not any(is_toll_head(h) for h in heads) or not any(_DATE_HEAD.fullmatch(h) for h in heads):
        return 0
    return len(heads)


def _as_tabs(out: list[str], start: int, line: str, commas: list[int], header: bool) -> None:
    for n in commas:
        out[start + n] = "\t"
    for n, ch in enumerate(line):
        if ch == '"' or header and ch == "_":  # '"Erbil, Iraq"' -> ' Erbil, Iraq '
            out[start + n] = " "


def csv_rows(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The text with each CSV incident table's header and rows as tab-separated cells, and
    the spans of the line breaks ending them; None when it has none."""
    found = _TOLL_CELL.search(text)
    if found is None:
        return None
    out: list[str] | None = None
    breaks: list[tuple[int, int]] = []
    while found is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        width = _is_header(text[start:end])
        if width:
            out = out if out is not None else list(text)
            line = text[start:end]
            _as_tabs(out, start, line, _separators(line) or [], True)
            breaks.append((end, end + 1))
            end = _rows(text, out, end, width, breaks)
        found = _TOLL_CELL.search(text, end)
    return ("".join(out), breaks) if out is not None else None


def _rows(text: str, out: list[str], pos: int, width: int, breaks: list[tuple[int, int]]
          ) -> int:
    """Rewrite the rows after a header ending at pos (each line with the header's number of
    cells and a number in it; the first other line ends the table); where the table ends."""
    while pos < len(text):
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        commas = _separators(line) if line.count(",") >= width - 1 else None
        if commas is None or len(commas) != width - 1 or not any(ch.isdigit() for ch in line):
            return pos
        _as_tabs(out, start, line, commas, False)
        breaks.append((end, end + 1))
        pos = end
    return pos
