"""Incident tables drawn with pipes: a Markdown table or a published spreadsheet read as one
("| 2 | 2026-11-03 | Erbil Air Base | Drone attack | 0 | 1 | ... |", a row number before
the cells and a row of column letters above the header). When the header names a killed, an
injured or a casualties column, each line of the table is rewritten as tab-separated cells
(the pipes between cells become tabs, the outer ones and a spreadsheet's row number spaces,
the rule under the header blank: same length, every offset holds), so that event_table.py
reads each row as one incident with its own toll, as it reads a Word or PDF table.
"""

from __future__ import annotations

import re

from briefdeck.extract.event_table import TOLL_HEAD, is_toll_head

# "|---|:---:|": the rule under a Markdown header. The runs are possessive: a cell of
# thousands of blanks is read once, not once more from each blank (quadratic).
_RULE = re.compile(r"\|?(?:\s*+:?-{2,}+:?\s*+\|)+\s*+:?-*+:?\s*+")
_ROW_NUMBER = re.compile(r"\s*+\d{0,4}+\s*+")


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return inner.split("|")


def _header(line: str) -> bool | None:
    """Is the line a pipe header naming the toll's columns? True when a spreadsheet's row
    number stands before its cells, False when none does, None when it is no such header."""
    cells = _cells(line)
    numbered = len(cells) > 2 and cells[0].strip().isdigit()
    heads = [c.strip() for c in cells[1:] if numbered] or [c.strip() for c in cells]
    if any(c.isdigit() for c in "".join(heads)) or not any(is_toll_head(h) for h in heads):
        return None
    return numbered


def _as_tabs(line: str, numbered: bool) -> str:
    """The pipe row with its inner pipes as tabs, its outer pipes (and row number) spaces."""
    pipes = [n for n, ch in enumerate(line) if ch == "|"]
    out = list(line)
    first = 1 if line.lstrip().startswith("|") else 0
    last = len(pipes) - 1 if line.rstrip().endswith("|") else len(pipes)
    for k, at in enumerate(pipes):
        out[at] = " " if k < first or k >= last else "\t"
    if numbered and first and len(pipes) > 1 and _ROW_NUMBER.fullmatch(line[pipes[0] + 1:pipes[1]]):
        out[pipes[0]:pipes[1] + 1] = " " * (pipes[1] + 1 - pipes[0])
    return "".join(out)


def _a_line_opens_with_a_pipe(text: str) -> bool:
    """Found pipe by pipe (pipes are rare, line breaks are not: cheaper than seeking "\\n|")."""
    at = text.find("|")
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            return True
        at = text.find("|", at + 1)
    return False


def pipe_rows(text: str) -> str | None:
    """The text with each pipe incident table's header and rows as tab-separated cells, or
    None when it has none."""
    if not _a_line_opens_with_a_pipe(text) or not TOLL_HEAD.search(text):
        return None
    out: list[str] = []
    changed = False
    numbered: bool | None = None  # inside a table: whether its rows are numbered
    for line in text.split("\n"):
        stripped = line.strip()
        if numbered is None:
            if stripped.startswith("|") and (numbered := _header(line)) is not None:
                line, changed = _as_tabs(line, numbered), True
        elif not stripped:
            pass
        elif _RULE.fullmatch(stripped):
            line = " " * len(line)
        elif stripped.startswith("|") and "\t" not in line:
            line = _as_tabs(line, numbered)
        else:
            numbered = None  # prose: the table has ended
        out.append(line)
    return "\n".join(out) if changed else None
