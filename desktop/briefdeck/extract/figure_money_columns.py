"""A money column read cell by cell: "Reserve (USD)" above, then "Stock" / "2,650,000".

A PDF's or a Word table's cells reach the text one to a line, so an amount stands alone on its
line between its row's label (the line before) and the next row's label (the line after). The
column's header names the currency in brackets, as claims, budgets and invoices do. The
amount is money in that currency; the next row's label is not what it counts.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import ISO_CODES, Quantity

# A short header line ending in a currency code in brackets: "Reserve (USD)", "Cost (EUR m)".
_HEAD = re.compile(r"(?m)^[^\S\n]*[A-Z][^\n]{0,40}\(([A-Z]{3})\)[^\S\n]*$")
_REACH = 1500  # a table's worth of cells above the amount, page furniture included
# An amount alone on its line, as a cell holds it: digits and commas, perhaps in brackets
# (a deduction).
_ALONE = re.compile(r"\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?")


def column_currency(text: str, q: Quantity) -> str:
    """The currency a money column's header names for q, alone on its line; "" otherwise."""
    if q.money or q.percent or "(" not in text[max(0, q.start - _REACH) : q.start]:
        return ""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if not _ALONE.fullmatch(line):
        return ""
    heads = list(_HEAD.finditer(text, max(0, q.start - _REACH), line_start))
    code = heads[-1].group(1) if heads else ""
    return code if code in ISO_CODES else ""
