"""Incident tables: a header row naming a killed and an injured column, then one row per
incident, cells joined by tabs (as ingest gives a Word or PDF table):
"Date <tab> Province <tab> Town <tab> Type <tab> Killed <tab> Injured". Each row is one
incident, its toll the numbers in those columns (a bare number tells nothing elsewhere), its
day the numeric date in its date cell ("20/04/2027": day first or month first as the
table's other rows show, else the reading nearer the report's day). A totals row is no
incident; a table drawn with pipes is first turned into tabs (event_pipe_rows.py).
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_row_retellings import fold_into_rows as fold_into_rows

_KILLED = re.compile(r"(?:no\.?\s+|number\s+)?(?:killed|dead|deaths?|fatalities|kia|"
                     r"(?:persons?|people)\s+killed)", re.I)
_WOUNDED = re.compile(r"(?:no\.?\s+|number\s+)?(?:injured|wounded|injuries|wia|hurt|"
                      r"(?:persons?|people)\s+injured)", re.I)
# "Locality (district)": a place column whose header says what its bracket adds
_PLACE = re.compile(r"(?:town|village|city|location|place|locality|site|area|settlement)"
                    r"(?:\s*\([a-z /]{1,20}\))?", re.I)
_COUNT = re.compile(r"\d{1,4}|[-–—]|nil|none")
# a count cell left empty or marked unknown: the row is still an incident, that count untold
_UNKNOWN = re.compile(r"\??")
# "DUPLICATE of row 7", "dupe of #3": a row an analyst kept but marked as another row again
# A corrected table (an erratum, a revised annex) prints a wrong row beside the row that
# replaces it, its status cell "As printed", "Deleted" or "Superseded": such a row is no
# incident; the corrected one is ("Corrected", "Unchanged" rows stand).
DUPLICATE_ROW = re.compile(r"\b(?:duplicate|dupe)\s+(?:of\s+)?(?:row|entry|#|no\.?)\s*\d|"
                           r"(?<=\t)[ ]*+(?:as\s+(?:originally\s+)?(?:printed|published)|"
                           r"deleted|withdrawn|retracted|superseded|struck\s+out|removed)"
                           r"(?:\s+\((?:v|version\s+)?\d[\d.]{0,5}\))?[ ]*+(?=\t|\n|$)", re.I)
_NUMERIC_DATE = re.compile(r"(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})")
# "TOTAL", "Totals:": a row that adds up the rows above it, no incident of its own
_TOTAL = re.compile(r"(?:grand\s+)?totals?:?|sum|all\s+incidents", re.I)
# a word any toll column's header holds: a cheap test before looking for such a table
TOLL_HEAD = re.compile(r"killed|dead|deaths|fatalities|injur|wound|casualties|kia|wia", re.I)


def toll_column(cell: str) -> str:
    """The count a header cell names: "killed", "wounded", or '' for neither."""
    return "killed" if _KILLED.fullmatch(cell) else "wounded" if _WOUNDED.fullmatch(cell) else ""


def is_toll_head(cell: str) -> bool:
    """Does a header cell name a killed, an injured or a casualties column?"""
    return bool(_KILLED.fullmatch(cell) or _WOUNDED.fullmatch(cell) or _TOLL_HEAD.fullmatch(cell))


def table_rows(text: str, pub: date
               ) -> tuple[dict[int, tuple[list[Casualty], str]], list[DateMention]]:
    """The toll and place cell of each incident row of the text's tables, by the row's
    start, and the days of the rows dated by numbers alone."""
    rows = table_tolls(text)
    cells: list[tuple[int, re.Match[str]]] = []
    for start in rows:
        end = text.find("\n", start)
        at = start
        for cell in text[start:end if end >= 0 else len(text)].split("\t"):
            m = _NUMERIC_DATE.fullmatch(cell.strip())
            if m:
                cells.append((at + cell.index(m.group(0)), m))
                break
            at += len(cell) + 1
    return rows, _days(cells, pub)


def _days(cells: list[tuple[int, re.Match[str]]], pub: date) -> list[DateMention]:
    def read(m: re.Match[str], day_first: bool) -> date | None:
        a, b, c = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if len(m.group(1)) == 4:  # 2027-04-20
            y, mo, d = a, b, c
        else:
            y = c + 2000 if c < 100 else c
            d, mo = (a, b) if day_first else (b, a)
        try:
            return date(y, mo, d)
        except ValueError:
            return None

    if not cells:
        return []
    day_first = True
    if any(int(m.group(3)) > 12 for _, m in cells if len(m.group(1)) < 4):
        day_first = False
    elif not any(int(m.group(1)) > 12 for _, m in cells if len(m.group(1)) < 4):
        # no day above 12 decides it: the reading that puts the rows nearer the report
        def gap(first: bool) -> int:
            days = [read(m, first) for _, m in cells]
            return sum(abs((pub - d).days) if d else 10_000 for d in days)
        day_first = gap(True) <= gap(False)
    out: list[DateMention] = []
    for at, m in cells:
        d = read(m, day_first)
        if d is not None:
            out.append(DateMention(at, at + len(m.group(0)), m.group(0), d.isoformat(), "day"))
    return out


def table_tolls(text: str) -> dict[int, tuple[list[Casualty], str]]:
    """The toll of each incident row of the text's tables and its place cell ("Town",
    "Location": '' when there is none), by the row's start."""
    rows: dict[int, tuple[list[Casualty], str]] = {}
    columns: list[tuple[int, str]] = []  # (column, kind) of the table being read
    width = 0
    where = -1  # the place column
    qualified = False  # its header's bracket ("Locality (district)") says what its cells' add
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            if line.strip():
                columns = []  # a line of prose ends the table
            continue
        # keyed where the row's sentence opens: after any spaces before its first cell
        start += len(line) - len(line.lstrip(" "))
        cells = line.split("\t")
        if not any(c.isdigit() for c in line):
            heads = [(n, "killed" if _KILLED.fullmatch(c.strip()) else "wounded")
                     for n, c in enumerate(cells)
                     if _KILLED.fullmatch(c.strip()) or _WOUNDED.fullmatch(c.strip())] or [
                (n, "both") for n, c in enumerate(cells) if _TOLL_HEAD.fullmatch(c.strip())][:1]
            columns, width = (heads, len(cells)) if heads else ([], 0)
            where = next((n for n, c in enumerate(cells) if _PLACE.fullmatch(c.strip())), -1)
            qualified = where >= 0 and cells[where].strip().endswith(")")
            continue
        if not columns or not 2 <= len(cells) <= width or \
                any(_TOTAL.fullmatch(c.strip()) for c in cells):
            continue
        # a row shorter than its header lost its trailing empty cells: those counts untold
        cells += [""] * (width - len(cells))
        toll: list[Casualty] = []
        at = start
        spans = []
        for c in cells:
            spans.append((at, at + len(c)))
            at += len(c) + 1
        for n, kind in columns:
            cell = cells[n].strip()
            if kind == "both":  # one casualties column: "2 KIA, 3 WIA", "None", "n/a"
                if TOLL_CELL.fullmatch(cell) is None:
                    break
                toll += toll_cell(cell, spans[n][0] + cells[n].index(cell)) or []
                continue
            if _UNKNOWN.fullmatch(cell):
                continue
            if not _COUNT.fullmatch(cell.lower()):
                break
            c0, c1 = spans[n]
            toll.append(Casualty(c0, c1, kind, int(cell) if cell.isdigit() else 0, "unspecified",
                                 wording=cell))
        else:
            place = " ".join(cells[where].split()) if where >= 0 else ""
            if qualified and place.endswith(")"):  # "Khiam (Marjayoun)": the town, not its district
                place = place[:place.rfind("(")].strip() or place
            rows[start] = (toll, place)
    return rows


def quiet_marks(text: str) -> str | None:
    """The text with the question marks of its incident rows blanked ("2026-11-05 <tab> ?
    <tab> ...": a time not known, "Rockets / mortar?": a guess), so that no row is cut into
    sentences at them (same length: every offset holds); None when no row has one."""
    out: list[str] | None = None
    for start in table_tolls(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        at = text.find("?", start, end)
        while at >= 0:
            out = out if out is not None else list(text)
            out[at] = " "
            at = text.find("?", at + 1, end)
    return "".join(out) if out is not None else None


# A date cell opening a row: "2 Apr", "Apr 2", "02/04/2027"
_DATE_CELL = re.compile(r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{2,4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                        r"(?:,?\s+\d{4})?|\d{1,4}([/.-])\d{1,2}\1\d{2,4}")
_MAX_CELL = 80  # a cell line longer than this is prose: the table has ended


def rejoin_rows(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A PDF table read one cell per line: after a tab-separated header naming killed and
    injured columns, rows whose cells stand on lines of their own ("2 Apr", "Erbil", ...,
    "0", "2"), a long cell wrapped onto two lines. The text with each such row joined back
    into one line of tab-separated cells (the same length, so every offset holds: the
    line breaks between cells become a tab and spaces, those inside a wrapped cell spaces),
    and the spans of the rows joined; None when the text has no such table."""
    out: list[str] | None = None
    spans: list[tuple[int, int]] = []
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    n = 0
    columns: list[int] = []
    width = where = 0
    while n < len(lines):
        line = lines[n]
        if "\t" in line:
            cells = line.split("\t")
            heads = [k for k, c in enumerate(cells)
                     if _KILLED.fullmatch(c.strip()) or _WOUNDED.fullmatch(c.strip())]
            if heads and not any(c.isdigit() for c in line):
                columns, width = heads, len(cells)
                where = next((k for k, c in enumerate(cells) if _PLACE.fullmatch(c.strip())), -1)
            n += 1
            continue
        if not columns or not _DATE_CELL.fullmatch(line.strip()):
            if line.strip() and len(line) > _MAX_CELL:
                columns = []
            n += 1
            continue
        row = _cell_lines(lines, n, width, columns)
        if row is None:
            n += 1
            continue
        if out is None:
            out = list(text)
        _join(out, starts, lines, row, width - len(columns), len(columns), where)
        spans.append((starts[n], starts[row[-1]] + len(lines[row[-1]])))
        n = row[-1] + 1
    return ("".join(out), spans) if out is not None else None


def _cell_lines(lines: list[str], n: int, width: int, columns: list[int]) -> list[int] | None:
    """The lines of the row opening at line n: its text cells, then as many count cells as
    the table has killed and injured columns (those must be its last); None if it is no row."""
    counts = len(columns)
    if columns != list(range(width - counts, width)):
        return None
    row: list[int] = []
    k = n
    while k < len(lines) and len(row) <= width + 2:
        line = lines[k].strip()
        k += 1
        if not line:
            continue
        if "\t" in line or len(line) > _MAX_CELL:
            return None
        row.append(k - 1)
        tail = [lines[j].strip() for j in row[-counts:]]
        if len(row) >= width and all(_COUNT.fullmatch(c.lower()) for c in tail) and \
                not any(_COUNT.fullmatch(lines[j].strip().lower()) for j in row[1:-counts]):
            return row
    return None


def _join(out: list[str], starts: list[int], lines: list[str], row: list[int], texts: int,
          counts: int, where: int) -> None:
    """Turn the breaks between the row's lines into cell breaks (a tab), and those between the
    lines of a wrapped cell (the place cell, else the last text cell, takes the extra lines)
    into spaces."""
    extras = len(row) - counts - texts
    target = where if 0 <= where < texts else texts - 1

    def column(j: int) -> int:
        return j if j < target else target if j <= target + extras else j - extras

    for j in range(len(row) - 1):
        a, b = starts[row[j]] + len(lines[row[j]]), starts[row[j + 1]]
        out[a:b] = ("\t" if column(j) != column(j + 1) else " ") + " " * (b - a - 1)


# A table read one cell per line with its header stacked the same way ("Date", "Location",
# "Type", "Casualties", "Source" each on a line): a single casualties column whose cells read
# "2 KIA, 3 WIA (SDF)", "1 killed", "None".
_TOLL_HEAD = re.compile(r"casualties|toll|losses|killed\s*/\s*(?:wounded|injured)|kia\s*/\s*wia|"
                        r"dead\s*/\s*(?:wounded|injured)", re.I)
_DATE_HEAD = re.compile(r"date|day|date\s*/\s*time", re.I)
# "NSTR": nothing significant to report
_NONE = (r"none|nil|n/?a|nstr|no\s+casualties|nil\s+reported|none\s+reported|no\s+injuries|"
         r"[-–—0]")
# "2 KIA", "1x WIA (US)", "3 US WIA", "2x WIA (minor)": a count, its kind, its party (a word
# before the kind or a bracket after it; a bracket of how bad is no party)
_TOLL_PART = (r"\d{1,4}\s*[x×]?\s*(?:[A-Za-z][\w-]{1,14}\s+)?"
              r"(?:kia|wia|killed|dead|wounded|injured|hurt)(?:\s*\([^()\n]{1,30}\)\d?)?")
TOLL_CELL = re.compile(rf"(?:{_NONE})(?:\s*\([^()\n]{{1,30}}\))?|"
                       rf"{_TOLL_PART}(?:\s*(?:[,;/&+]\s*(?:and\s+)?|and\s+){_TOLL_PART}){{0,5}}",
                       re.I)
_TOLL_COUNT = re.compile(r"(\d{1,4})\s*[x×]?\s*(?:([A-Za-z][\w-]{1,14})\s+)?"
                         r"(kia|wia|killed|dead|wounded|injured|hurt)\b(?:\s*\(([^()\n]{1,30})\))?",
                         re.I)
# words before the kind or in its bracket that tell no party: "2 were killed", "(minor)"
_NO_PARTY = re.compile(r"were|was|people|persons?|pax|personnel|total|minor|light|lightly|"
                       r"serious|seriously|critical|severe|moderate|stable|rtd|urgent|priority|"
                       r"routine|each|more|others?", re.I)
_MAX_HEAD = 30


def rejoin_stacked(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A table whose header and rows stand one cell per line, cells wrapped onto further
    lines: the text with the header and each row joined into one line of tab-separated
    cells (same length: every offset holds), and the spans of the rows; None when there is
    no such table. A row opens with its date cell and is read by its casualties cell, the
    lines before it the row's text cells (a line opening in lower case or a bracket goes on
    the cell before it)."""
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out: list[str] | None = None
    spans: list[tuple[int, int]] = []
    n, width, toll_at = 0, 0, -1
    while n < len(lines):
        line = lines[n].strip()
        if _DATE_HEAD.fullmatch(line):
            head = _stacked_head(lines, n)
            if head:
                heads = [lines[k].strip() for k in head]
                toll_at = next(k for k, h in enumerate(heads) if _TOLL_HEAD.fullmatch(h))
                width = len(heads)
                out = out if out is not None else list(text)
                _tie(out, starts, lines, [[k] for k in head])
                n = head[-1] + 1
                continue
        if width and _DATE_CELL.fullmatch(line):
            row = _stacked_row(lines, n, width, toll_at)
            if row is not None:
                out = out if out is not None else list(text)
                _tie(out, starts, lines, row)
                last = row[-1][-1]
                spans.append((starts[n], starts[last] + len(lines[last])))
                n = last + 1
                continue
        if len(line) > _MAX_CELL:
            width = 0  # prose: the table has ended
        n += 1
    return ("".join(out), spans) if out is not None and spans else None


def _stacked_head(lines: list[str], n: int) -> list[int] | None:
    """The lines of a header opening with "Date" at line n, one with the casualties."""
    head: list[int] = []
    k = n
    while k < len(lines) and len(head) < 9:
        line = lines[k].strip()
        if line:
            if _DATE_CELL.fullmatch(line):
                break
            if len(line) > _MAX_HEAD or any(c.isdigit() for c in line):
                return None
            head.append(k)
        k += 1
    if not 3 <= len(head) <= 8 or not any(_TOLL_HEAD.fullmatch(lines[j].strip()) for j in head):
        return None
    return head


def _stacked_row(lines: list[str], n: int, width: int, toll_at: int) -> list[list[int]] | None:
    """The cells (each its lines) of the row opening at line n, or None."""
    body: list[int] = []
    k = n + 1
    while k < len(lines) and len(body) < 3 * width:
        line = lines[k].strip()
        if line:
            if _DATE_CELL.fullmatch(line) or _DATE_HEAD.fullmatch(line) or \
                    len(line) > _MAX_CELL or "\t" in line:
                break
            body.append(k)
        k += 1
    toll = next((j for j, k in enumerate(body) if TOLL_CELL.fullmatch(lines[k].strip())), -1)
    if toll < 0:
        return None
    before = _cells(lines, body[:toll], toll_at - 1)
    after_lines = body[toll + 1:]
    toll_cell = [body[toll]]
    while after_lines and lines[after_lines[0]].strip().startswith("("):
        toll_cell.append(after_lines.pop(0))  # "2 KIA" / "(SDF)": the toll's party
    after = _cells(lines, after_lines, width - toll_at - 1) if width - toll_at - 1 else []
    if before is None or after is None:
        return None
    return [[n], *before, toll_cell, *after]


def _cells(lines: list[str], run: list[int], want: int) -> list[list[int]] | None:
    """run's lines grouped into want cells: a line opening in lower case or a bracket goes on
    the cell before it, lines left over on the last cell; None when too few."""
    if want <= 0:
        return None if run else []
    cells: list[list[int]] = []
    for k in run:
        line = lines[k].strip()
        if cells and (line[0].islower() or line[0] in "(["):
            cells[-1].append(k)
        else:
            cells.append([k])
    if len(cells) < want:
        return None
    while len(cells) > want:
        extra = cells.pop()
        cells[-1].extend(extra)
    return cells


def _tie(out: list[str], starts: list[int], lines: list[str], cells: list[list[int]]) -> None:
    """Break between the cells with a tab, between the lines of one cell with a space."""
    flat = [(c, k) for c, cell in enumerate(cells) for k in cell]
    for (c0, k0), (c1, k1) in zip(flat, flat[1:], strict=False):
        a, b = starts[k0] + len(lines[k0]), starts[k1]
        out[a:b] = ("\t" if c0 != c1 else " ") + " " * (b - a - 1)


def toll_cell(cell: str, at: int) -> list[Casualty] | None:
    """The toll a single casualties cell gives ("2 KIA, 3 WIA (SDF)": two dead, three
    wounded; "None": nobody hurt); None when it says nothing ("n/a", prose)."""
    m = TOLL_CELL.fullmatch(cell)
    if m is None or re.fullmatch(r"n/?a", cell, re.I):
        return None
    counts = list(_TOLL_COUNT.finditer(cell))
    # each count's own party, else the bracket after a later count ("3 killed, 1 injured
    # (police)": all police)
    own = [next((w.strip() for w in (c.group(2), c.group(4))
                 if w and not _NO_PARTY.fullmatch(w.strip())), "") for c in counts]
    out = []
    for n, c in enumerate(counts):
        who = own[n] or next((c2.group(4).strip() for c2 in counts[n + 1:]
                              if c2.group(4) and not _NO_PARTY.fullmatch(c2.group(4).strip())),
                             "unspecified")
        kind = "killed" if c.group(3).lower() in ("kia", "killed", "dead") else "wounded"
        out.append(Casualty(at + c.start(), at + c.end(), kind, int(c.group(1)), who,
                            wording=c.group(0)))
    if not out:  # "None": no one killed or hurt
        out = [Casualty(at, at + len(cell), k, 0, "unspecified", wording=cell)
               for k in ("killed", "wounded")]
    return out
