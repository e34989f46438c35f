"""A table printed on a PDF page, put back together a row to a line.

pypdf gives a table's cells one after another, and a cell that wraps gives one line per
printed line: a duty log's entry (item number, time, the entry over three lines, the action
taken, the initials) or a programme's row (the rite, then who leads it) falls apart into
short paragraphs, and cells standing at mid-page can even be read as a second column. Where
each line is printed tells the rows apart: every row opens with a short cell at the table's
left edge, the other cells start level with it, and a cell's wrapped lines sit straight
under its first. Rebuilt, a row is one line, its cells joined by tabs (as pdf._tables does
for a text layer that gives one cell per line), so that one entry reads as one line.

Only a plain grid is rebuilt: any line in the table's span that is not where a cell of it
would be (prose beside a sidebar, a column of text) leaves the page as pypdf gives it.
"""

from __future__ import annotations

from briefdeck.ingest.columns import Line

_SAME_X = 3.0  # points: a column's cells start at one x, give or take
_SAME_Y = 1.0  # points: the cells of one row start level
_WRAP = 1.5  # a wrapped cell's next line lies within this many type sizes below
_LEFT_CHARS = 40  # a row's first cell: an item number, a time, a rite; never prose
_LEFT_WORDS = 6
_MIN_ROWS = 4  # rows of two cells or more: fewer is a form's field pair, not a table
_MAX_LINES = 2000
_MOST = 0.5  # a table read as two columns is most of its page


def _short(line: Line) -> bool:
    return len(line.text) <= _LEFT_CHARS and len(line.text.split()) <= _LEFT_WORDS


def _column(x: float, columns: list[float]) -> int:
    return next((k for k, c in enumerate(columns) if abs(x - c) <= _SAME_X), -1)


def _grid(lines: list[Line]) -> tuple[float, list[float]] | None:
    """The x where most multi-cell rows open with a short cell, and the x's their cells start
    at (the table's columns); None without a table."""
    groups: dict[int, list[float]] = {}
    counts: dict[int, int] = {}
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and abs(lines[j].y - lines[i].y) <= _SAME_Y:
            j += 1
        if (
            j - i >= 2
            and _short(lines[i])
            and all(lines[k].x > lines[k - 1].x + _SAME_X for k in range(i + 1, j))
        ):
            key = round(lines[i].x)
            counts[key] = counts.get(key, 0) + 1
            groups.setdefault(key, []).extend(ln.x for ln in lines[i:j])
        i = j
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    if best is None or best[1] < _MIN_ROWS:
        return None
    columns: list[list[float]] = []
    for x in sorted(groups[best[0]]):
        if columns and x - columns[-1][-1] <= _SAME_X:
            columns[-1].append(x)
        else:
            columns.append([x])
    # a column recurs: an x met in one row only is a field beside a wrapped label
    xs = [c[0] for c in columns if len(c) >= 2]
    return (xs[0], xs) if len(xs) >= 2 else None


def _span(lines: list[Line], left: float, columns: list[float]) -> tuple[int, int] | None:
    """The run of lines (in the page's order) that the table holds: each starts at one of
    its columns, and those at the left edge are short."""

    def fits(ln: Line) -> bool:
        k = _column(ln.x, columns)
        return k > 0 or (k == 0 and _short(ln))

    first = next(
        (
            i
            for i in range(len(lines) - 1)
            if abs(lines[i].x - left) <= _SAME_X
            and _short(lines[i])
            and abs(lines[i + 1].y - lines[i].y) <= _SAME_Y
            and _column(lines[i + 1].x, columns) > 0
        ),
        None,
    )
    if first is None:
        return None
    start = first
    while start > 0 and fits(lines[start - 1]):
        start -= 1
    end = first
    while end + 1 < len(lines) and fits(lines[end + 1]):
        end += 1
    while start < end and _column(lines[start].x, columns) != 0:
        start += 1  # a table opens with its left cell
    return start, end + 1


def _rows(table: list[Line], columns: list[float], as_columns: bool) -> list[str] | None:
    """The table's rows as lines of tab-joined cells, or None when a line sits where no cell
    of a plain grid would, or when the text as given reads well enough: a grid of three
    columns or more with a wrapped cell is rebuilt, and one the page would be read as two
    columns by (as_columns); a numbered list beside its items, or a table of one-line cells
    that pdf._tables already rebuilds, is left alone."""
    by_column: dict[int, list[Line]] = {}
    for ln in table:
        by_column.setdefault(_column(ln.x, columns), []).append(ln)

    def goes_on(ln: Line) -> bool:  # a line straight under another of its column's
        return any(
            0 < o.y - ln.y <= _WRAP * max(ln.size, 1.0) for o in by_column[_column(ln.x, columns)]
        )

    starts: list[Line] = []
    for ln in sorted(by_column[0], key=lambda ln: -ln.y):
        # a left cell's second line, unless a cell of another column starts level with it
        wrapped = (
            starts
            and goes_on(ln)
            and all(
                goes_on(o)
                for o in table
                if _column(o.x, columns) > 0 and abs(o.y - ln.y) <= _SAME_Y
            )
        )
        if not wrapped:
            starts.append(ln)
    cells: list[list[list[Line]]] = [[[] for _ in columns] for _ in starts]
    for ln in table:
        row = next(
            (r for r in range(len(starts) - 1, -1, -1) if starts[r].y >= ln.y - _SAME_Y), None
        )
        if row is None:
            return None  # above the first row: not this table's
        cells[row][_column(ln.x, columns)].append(ln)
    out: list[str] = []
    multi = wraps = 0
    for r, row in enumerate(cells):
        texts = []
        for cell in row:
            cell.sort(key=lambda ln: -ln.y)
            if cell and abs(cell[0].y - starts[r].y) > _SAME_Y:
                return None  # a cell must start level with its row
            for a, b in zip(cell, cell[1:], strict=False):
                if a.y - b.y > _WRAP * max(b.size, 1.0):
                    return None  # a gap inside a cell: text of another kind
            if cell:
                texts.append(_joined(ln.text for ln in cell))
                wraps += len(cell) > 1
        multi += len(texts) >= 2
        out.append("\t".join(texts))
    if multi < _MIN_ROWS or not (as_columns or (wraps and len(columns) >= 3)):
        return None
    return out


def _joined(parts) -> str:
    text = ""
    for part in parts:
        if not text:
            text = part
        elif text.endswith("-") and text[-2:-1].isalpha():
            text += part  # "counter-" / "battery fire": the hyphen is the word's own
        else:
            text = f"{text} {part}"
    return text


def table_page(lines: list[Line], as_columns: bool = False) -> str | None:
    """The page's text, line by line, with its table's rows one to a line (a blank line after
    each, so re-flowing keeps them apart), or None when the page has no such table."""
    if len(lines) < 2 * _MIN_ROWS or len(lines) > _MAX_LINES:
        return None
    grid = _grid(lines)
    if grid is None:
        return None
    left, columns = grid
    span = _span(lines, left, columns)
    if span is None:
        return None
    start, end = span
    if as_columns and end - start < _MOST * len(lines):
        return None  # a table beside a column of text: the columns are read as such
    table = lines[start:end]
    rows = _rows(table, columns, as_columns)
    if rows is None:
        return None
    body = [ln.text for ln in lines[:start]] + [""]
    for row in rows:
        body += [row, ""]
    return "\n".join(body + [ln.text for ln in lines[end:]])
