"""A table set between rules of dashes in plain text: its rows are data, not a menu.

A printed report's plain text (a committee report, a budget justification) sets a table
between lines of dashes: column heads, a rule, then rows whose item runs into dot leaders
and the figures ("3    MSE MISSILE ........  1,412,556     1,712,556      +300,000"). An
item too long for its column wraps onto short lines of its own ("Program increase--" /
"replenishment of" / ... / "AOR .......   0   300,000   +300,000"), which read like a
menu's items. Inside such a table they are given back: they are part of a row.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_RULE_CHARS = frozenset("-=_")
_MIN_RULE = 20
# "........  1,412,556": an item's dot leaders, then a figure.
_LEADER_ROW = re.compile(r"\.{4,}+[ \t]++[-+$]?\d")
_KINDS = ("navigation",)


def _is_rule(line: ArticleLine) -> bool:
    return len(line.text) >= _MIN_RULE and set(line.text) <= _RULE_CHARS


def keep_table_rows(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Unflag the wrapped item lines of a ruled table with dot-leader rows."""
    if "....." not in text or "-----" not in text or "navigation" not in flags.values():
        return
    rules = [i for i, ln in enumerate(lines) if ln.text[:1] in _RULE_CHARS and _is_rule(ln)]
    for top, bottom in zip(rules, rules[1:], strict=False):
        body = range(top + 1, bottom)
        if not any("...." in lines[i].text and _LEADER_ROW.search(lines[i].text) for i in body):
            continue
        for i in body:
            if flags.get(i) in _KINDS:
                del flags[i]
