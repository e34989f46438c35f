"""Money tables whose heading gives the scale: "[In thousands of dollars]".

Budget and appropriations tables (GPO report language, budget justification books) print
their cells in thousands or millions and say so once, in a bracketed line above the table:

    [In thousands of dollars]
    ---------------------------------------------
      Line  Item          Budget       Committee
                          request      recommended
    ---------------------------------------------
       3    MSE MISSILE ..  1,412,556     1,712,556
    ---------------------------------------------

A cell "1,412,556" is then $1,412,556,000, and the "3" before the item is the budget line's
number, no count. The table's cells are read here, multiplied out, and every number in the
table is kept from the sentence loop, which would read the line numbers as counts of the item
("3 missile") and the cells with no unit.
"""

from __future__ import annotations

import re

from briefdeck.model import Figure, Provenance

# The scale line: "[In thousands of dollars]", "(Dollars in millions)", "($ in thousands)".
_SCALE = re.compile(
    r"^[^\S\n]*[\[(](?:in\s+(thousands|millions)\s+of\s+dollars|"
    r"(?:dollars|\$)\s+in\s+(thousands|millions))[\])][^\S\n]*$",
    re.I | re.M,
)
_RULE = re.compile(r"^[^\S\n]*-{10,}[^\S\n]*$", re.M)
# A cell: a signed or grouped amount standing in a column ("  1,412,556", "+300,000").
_CELL = re.compile(r"(?<=\s)([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?=\s|$)")
_ROW_NUMBER = re.compile(r"[^\S\n]*\d{1,4}[^\S\n]{2,}(?=\S)")  # "   3    MSE MISSILE"
_LEADERS = re.compile(r"\s*\.{2,}\s*$")
_SCALES = {"thousands": 1_000, "millions": 1_000_000}
_MAX_LINES = 80  # a table under one scale line; past that, the line scales nothing


def scaled_tables(text: str) -> list[tuple[int, int, int]]:
    """(start, end, multiplier) of each table under a scale line: from the line to the rule
    that closes the table (the third rule: above the header, below it, below the rows)."""
    out = []
    for m in _SCALE.finditer(text):
        scale = _SCALES[(m.group(1) or m.group(2)).lower()]
        limit = m.end()
        for _ in range(_MAX_LINES):
            nxt = text.find("\n", limit + 1)
            if nxt < 0:
                limit = len(text)
                break
            limit = nxt
        rules = list(_RULE.finditer(text, m.end(), limit))
        if len(rules) < 3:
            continue  # no ruled table under it: the scale line stands alone
        out.append((m.start(), rules[2].end(), scale))
    return out


def _headers(text: str, top: int, bottom: int) -> list[tuple[str, int]]:
    """The header lines between the two rules at the table's top, as (line, its offset)."""
    lines = []
    at = top
    while at < bottom:
        end = text.find("\n", at)
        end = bottom if end < 0 or end > bottom else end
        lines.append((text[at:end], at))
        at = end + 1
    return [(line, at) for line, at in lines if line.strip() and not _RULE.fullmatch(line)]


def _column_name(headers: list[tuple[str, int]], col_start: int, col_end: int) -> str:
    """The header words over a cell's columns: "Budget request", "Committee recommended"."""
    words = []
    for line, _ in headers:
        for w in re.finditer(r"\S+(?: \S+)*", line):
            if w.start() < col_end and col_start < w.end():
                words.append(w.group(0))
    return " ".join(words)


def scaled_table_figures(text: str) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The cells of money tables in thousands or millions, in dollars, and the tables' spans
    (no other figure is read inside them)."""
    figures: list[Figure] = []
    spans = []
    for start, end, scale in scaled_tables(text):
        spans.append((start, end))
        rules = list(_RULE.finditer(text, start, end))
        headers = _headers(text, rules[0].end() + 1, rules[1].start())
        item = ""
        pending: list[str] = []
        at = rules[1].end() + 1
        while at < rules[2].start():
            line_end = text.find("\n", at)
            line_end = rules[2].start() if line_end < 0 else line_end
            line = text[at:line_end]
            row = _ROW_NUMBER.match(line)
            body = line[row.end() if row else 0 :]
            cut = _CELL.search(body)
            name = _LEADERS.sub("", body[: cut.start() if cut else len(body)]).strip()
            if row:
                pending = []  # a numbered row starts an item
            if name:
                pending.append(name)  # its name may run on over the lines under it
            if cut:
                item, pending = " ".join(pending) or item, []  # (its cells end it)
            offset = at + (row.end() if row else 0)
            for cell in _CELL.finditer(body):
                digits = cell.group(2)
                value = int(digits.replace(",", ""))
                if value == 0 or (len(digits) == 4 and 1900 <= value <= 2100):
                    continue  # an empty cell; a fiscal year in a row's name
                s, e = offset + cell.start(), offset + cell.end()
                column = _column_name(headers, s - at, e - at)
                amount = value * scale
                # (the label says the value, signed as the cell is: "+$300,000,000", so no
                # slide shows the cell's "+300,000" as dollars)
                label = f"{cell.group(1)}${amount:,} {item}" + (f" ({column})" if column else "")
                figures.append(
                    Figure(
                        id="fg-0",
                        value=float(amount),
                        unit="USD",
                        qualifier="exact",
                        text=cell.group(0),
                        label=" ".join(label.split())[:80],
                        provenance=Provenance(source="src-1", start=s, end=e),
                    )
                )
            at = line_end + 1
    return figures, spans
