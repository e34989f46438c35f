"""Two-column PDF pages put back in reading order.

pypdf gives a page's text in content-stream order, which for a page set in two columns may
put the footnotes first, or run a paragraph's lines together with no sign of where the
column ends. From where each line starts (its x and y on the page) this module finds the
second column's left edge; then, band by band down the page, the left column's lines come
before the right column's, and a line spanning both columns (a title, a standfirst, a table
row, a running header or footer, footnotes) stays at its own place between the bands.

Only a page that plainly has two columns is rebuilt; any other page keeps pypdf's text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from briefdeck.ingest.note_marks import Mark, note_marks


@dataclass
class Line:
    x: float
    y: float
    size: float
    text: str
    main: float = 0.0  # the size of most of its characters (a note mark or a drop cap aside)


def page_lines(page, marks: list[Mark] | None = None) -> tuple[str, list[Line]]:
    """pypdf's text of the page, and its lines with where each starts (one extraction);
    its footnote marks are added to `marks` (see note_marks)."""
    frags: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, _font, size):
        if text:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            frags.append((x, y, size * (abs(tm[3] * cm[3]) or 1.0), text))

    text = page.extract_text(visitor_text=visit) or ""
    if marks is not None:
        note_marks(frags, marks)
    lines: list[Line] = []
    cur: Line | None = None
    counts: dict[int, Counter] = {}  # a line's characters by type size
    for x, y, size, frag in frags:
        if cur is not None and abs(y - cur.y) > 0.5 * max(cur.size, 1.0):
            cur = None  # moved to another line without a line break in the text
        for k, part in enumerate(frag.split("\n")):
            if k:
                cur = None
            if not part:
                continue
            if cur is None:
                if not part.strip():
                    continue
                cur = Line(x, y, size, "")
                lines.append(cur)
            cur.text += part
            cur.size = max(cur.size, size)
            counts.setdefault(id(cur), Counter())[round(size, 1)] += len(part.strip())
    for line in lines:
        line.text = line.text.strip()
        sizes = counts.get(id(line))
        line.main = sizes.most_common(1)[0][0] if sizes else line.size
    return text, [ln for ln in lines if ln.text]


def _width(line: Line) -> float:
    """A rough printed width: half an em a character suits the usual text faces."""
    return len(line.text) * line.size * 0.5


def two_column_blocks(lines: list[Line], page_width: float) -> list[tuple[bool, str]] | None:
    """The page's text as blocks in reading order, or None when it is not set in two
    columns. Each block is (in a column?, lines joined by newlines, a blank line where a
    paragraph ends)."""
    if len(lines) < 12 or page_width <= 0:
        return None
    starts = Counter(round(ln.x) for ln in lines)
    left = [x for x, _ in starts.most_common() if x < 0.3 * page_width]
    right = [x for x, n in starts.most_common()
             if 0.35 * page_width <= x <= 0.65 * page_width and n >= 6]
    if not left or not right:
        return None
    lx, mx = left[0], right[0]
    gap = mx - lx
    # Both columns must run side by side: several rows hold a line of each.
    right_ys = [ln.y for ln in lines if abs(ln.x - mx) <= 4]
    low, high = min(right_ys), max(right_ys)
    both = sum(1 for ln in lines if abs(ln.x - lx) <= 4 and low <= ln.y <= high)
    # ... and the lines at the left margin are a column's width, not the page's (a table
    # with a cell at mid-page under full-width prose is not two columns).
    at_left = [ln for ln in lines if abs(ln.x - lx) <= 4]
    narrow = sum(1 for ln in at_left if _width(ln) <= 1.3 * gap)
    if len(at_left) < 6 or both < 6 or narrow < 0.8 * len(at_left):
        return None

    top, foot = _column_span(at_left, low, high)

    def place(ln: Line, row: list[Line]) -> str:
        if ln.y > top or ln.y < foot:
            return "margin"  # above or below both columns: the masthead, footnotes, a footer
        if ln.x >= mx - 4 and ln.x + _width(ln) <= page_width + 0.3 * (page_width - mx):
            return "right"  # the right column's text, or a cell of a table inside it
        if len(row) >= 3 and any(lx + 8 < o.x < mx - 4 for o in row):
            return "full"  # a table row across the page
        if ln.x < mx - 4 and (any(mx - 4 <= o.x <= mx + 24 for o in row if o is not ln) or (
                low <= ln.y <= high and _width(ln) <= 1.3 * gap)):
            return "left"  # beside the right column: the left one
        if abs(ln.x + _width(ln) / 2 - page_width / 2) < 0.08 * page_width and ln.x > lx + 8:
            return "full"  # centred across the page: a title, a page number
        if ln.x >= mx + 24 or _width(ln) > 1.3 * gap or (
                ln.x > lx + 8 and ln.x + _width(ln) > mx + 8):
            return "full"
        return "left"

    by_row: dict[int, list[Line]] = {}
    for ln in sorted(lines, key=lambda ln: -ln.y):
        key = next((k for k in (round(ln.y), round(ln.y) - 1, round(ln.y) + 1, round(ln.y) - 2,
                                round(ln.y) + 2) if k in by_row), round(ln.y))
        by_row.setdefault(key, []).append(ln)

    bands: list[tuple[str, list[Line]]] = []  # ("full", lines) or ("cols", lines)
    placed: dict[int, str] = {}
    for key in sorted(by_row, reverse=True):
        row = sorted(by_row[key], key=lambda ln: ln.x)
        kinds = [place(ln, row) for ln in row]
        if "margin" in kinds:
            kind, members = "margin", row
        elif "full" in kinds:
            kind, members = "full", row
        else:
            kind, members = "cols", row
            for ln, k in zip(row, kinds, strict=True):
                placed[id(ln)] = k
        if bands and bands[-1][0] == kind:
            bands[-1][1].extend(members)
        else:
            bands.append((kind, list(members)))

    # The foot of the page (footnotes, footer, page number) goes up beside its head, as
    # pypdf gives it for most such pages: a running head and footer then sit together next to
    # the page number, and the text of one page runs straight on from the last.
    if bands and bands[-1][0] == "margin" and len(bands) > 1:
        head = 1 if bands[0][0] == "margin" else 0
        bands.insert(head, bands.pop())
    blocks: list[tuple[bool, str]] = []
    for kind, members in bands:
        if kind != "cols":
            blocks.append((False, _text(members, table=kind == "full")))
            continue
        left_lines = [ln for ln in members if placed[id(ln)] == "left"]
        right_lines = [ln for ln in members if placed[id(ln)] == "right"]
        for col in (left_lines, right_lines):
            if col:
                blocks.append((True, _text(col)))
    return blocks


def _column_span(at_left: list[Line], low: float, high: float) -> tuple[float, float]:
    """How far up and down the page the columns run. Above the right column's first line
    nothing stands beside the left one, so what is there reads top to bottom (a masthead, a
    title, a standfirst's short last line). Below the right column's last line the left
    column may run on, line after line at its own pitch and size; the first wider gap or
    change of type ends it: under it lie the footnotes and the footer."""
    ys = sorted((ln for ln in at_left), key=lambda ln: -ln.y)
    gaps = sorted(a.y - b.y for a, b in zip(ys, ys[1:], strict=False) if a.y - b.y > 0.5)
    pitch = gaps[len(gaps) // 2] if gaps else 12.0
    body = [ln for ln in ys if low - 0.5 * pitch <= ln.y <= high + 0.5 * pitch]
    if not body:
        return high + 0.5 * pitch, low - 0.5 * pitch
    size = Counter(round(ln.size, 1) for ln in body).most_common(1)[0][0]
    last = body[-1]
    for ln in ys:
        if ln.y >= last.y:
            continue
        if last.y - ln.y > 1.8 * pitch or abs(ln.size - size) > 0.6:
            break
        last = ln
    return high + 0.5 * pitch, min(low, last.y) - 0.5 * pitch


def _text(lines: list[Line], table: bool = True) -> str:
    """Lines top to bottom; cells of one row joined by a tab; a blank line where the gap
    above a line is wider than the usual line pitch or the type size changes (a heading)."""
    rows: list[list[Line]] = []
    for ln in lines:
        if table and rows and abs(rows[-1][0].y - ln.y) <= 2:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    gaps = sorted(a[0].y - b[0].y for a, b in zip(rows, rows[1:], strict=False) if a[0].y > b[0].y)
    pitch = gaps[len(gaps) // 2] if gaps else 0.0
    out: list[str] = []
    for i, row in enumerate(rows):
        if i:
            prev = rows[i - 1][0]
            gap = prev.y - row[0].y
            if (pitch and gap > 1.35 * pitch) or abs(prev.size - row[0].size) > 0.6 or len(row) > 1:
                out.append("")
        out.append("\t".join(ln.text for ln in sorted(row, key=lambda ln: ln.x)))
        if len(row) > 1:
            out.append("")
    return "\n".join(out).strip("\n")
