"""An amount's column in a money table whose cells reach the text one to a line.

A PDF table with several amount columns ("Item" / "Previous amount" / "This change" / "New
amount") comes out head by head, then row by row: perhaps a code ("0012"), the row's label, one
line per amount. The row's label alone would pass the amount printed before off as the current
one, so each amount is labelled by its row and its column's head, read back over rows of the
same shape to the heads above them. No heads found: no label, rather than a wrong one.
"""

from __future__ import annotations

import re

# An amount cell: "$18,000.00", "-$5,000.00", "+€600", "($1,200)".
_MONEY_CELL = re.compile(r"[-+−–(]?[ \t]*[$€£][ \t]?\d[\d,]*(?:\.\d+)?\)?")
# A row's code cell before its label: "0012", "A-7", "3.1".
_CODE_CELL = re.compile(r"(?=[^\s]*\d)[A-Z0-9][\w.-]{0,11}")
# A row's label: a few words with no number, not a sentence.
_LABEL_CELL = re.compile(r"[A-Z][^\d\n:;.!?]{0,60}")
# A column's head: a few words, no digits ("Previous amount", "CLIN", "Change (USD)").
_HEAD_CELL = re.compile(r"[A-Za-z][A-Za-z ,'’()/&-]{0,30}")
_MOST_COLUMNS = 6


def _line_before(text: str, line_start: int) -> tuple[int, str]:
    end = line_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    return start, text[start:end].strip()


def _line_after(text: str, line_end: int) -> tuple[int, str]:
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return end, text[start:end].strip()


def column_label(text: str, line_start: int, line_end: int) -> str | None:
    """The label "row (column head)" of the amount alone on the line [line_start, line_end);
    None when the amount is its row's only one (a one-column table), "" when its row has
    several but their heads are not found."""
    above, label_start = [], line_start
    while len(above) <= _MOST_COLUMNS:  # the row's amounts before this one, then its label
        label_start, label = _line_before(text, label_start)
        if not _MONEY_CELL.fullmatch(label):
            break
        above.append(label)
    at, count_after = line_end, 0
    while at < len(text) and count_after <= _MOST_COLUMNS:
        at, line = _line_after(text, at)
        if not _MONEY_CELL.fullmatch(line):
            break
        count_after += 1
    columns = len(above) + 1 + count_after
    if columns < 2 or columns > _MOST_COLUMNS:
        return None  # (a long run of amounts is a one-column list, not a row)
    if not _LABEL_CELL.fullmatch(label) or len(label.split()) > 6:
        return ""
    code_start, code = _line_before(text, label_start)
    heads = _heads(text, code_start if _CODE_CELL.fullmatch(code) else label_start, columns)
    if not heads:
        return ""
    head = heads[len(above)]
    if head[1:2].islower():
        head = head[0].lower() + head[1:]  # "Previous amount": a phrase, not a name
    return f"{label} ({head})"


# The heads found above each row, by text and row start: a table's rows share their heads, so
# each row is walked over once (a long table stays linear). Keyed by the text itself, so two
# texts drafted at once never share an entry.
_FOUND: dict[tuple[str, int, int], tuple[str, ...]] = {}
_MOST_FOUND = 20000


def _heads(text: str, row_start: int, columns: int) -> tuple[str, ...]:
    """The amount columns' heads above the rows before row_start, each row of the same shape
    (perhaps a code, a label, `columns` amounts); () when the lines above are no such table."""
    if len(_FOUND) > _MOST_FOUND:
        _FOUND.clear()
    walked, at, heads = [], row_start, None
    while heads is None:
        if (text, at, columns) in _FOUND:
            heads = _FOUND[(text, at, columns)]
            break
        walked.append(at)
        cells = []
        for _ in range(columns + 1):  # (read backwards: the amounts, then the label)
            at, line = _line_before(text, at)
            cells.append(line)
        amounts, label = cells[:columns], cells[columns]
        if all(_MONEY_CELL.fullmatch(c) for c in amounts) and _LABEL_CELL.fullmatch(label):
            code_start, code = _line_before(text, at)
            at = code_start if _CODE_CELL.fullmatch(code) else at
            continue  # a row of the same shape: the heads are further up
        if all(_HEAD_CELL.fullmatch(c) and len(c.split()) <= 4 for c in cells):
            heads = tuple(amounts[::-1])  # (and the label column's head above them)
        else:
            heads = ()
    for start in walked:
        _FOUND[(text, start, columns)] = heads
    return heads
