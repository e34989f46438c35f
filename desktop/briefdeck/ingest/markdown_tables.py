"""A Markdown table in a page's text ("| location | Erbil air base | Harir Air Base |" under
"|---|---|---|"): its rows are short cells between bars, which the menu heuristics take for a
navigation bar ("Code | Issues | Pull requests"). A table with a rule row under its header is
data someone wrote out (an issue's proposed correction, a log's rows): content, not a menu.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefdeck.ingest.line_kinds import ArticleLine

# "|---|:---:|---|": the rule under a Markdown table's header row
_RULE_ROW = re.compile(r"\|(?:[ \t]*+:?-{3,}+:?[ \t]*+\|)++")


def has_table(text: str) -> bool:
    return "|---" in text or "| ---" in text or "|:--" in text


def keep_table_rows(lines: Sequence[ArticleLine], flags: dict[int, str]) -> None:
    """Unflag the rows of each ruled Markdown table that were flagged as navigation."""
    i = 0
    while i < len(lines):
        if not _is_row(lines[i].text):
            i += 1
            continue
        j = i
        while j < len(lines) and _is_row(lines[j].text):
            j += 1
        if (
            j - i >= 3
            and any(_RULE_ROW.fullmatch(lines[k].text.strip()) for k in range(i, j))
            and not any(_is_navbox_row(lines[k].text) for k in range(i, j))
        ):
            for k in range(i, j):
                if flags.get(k) == "navigation":
                    del flags[k]
        i = j


def _is_row(text: str) -> bool:
    text = text.strip()
    return len(text) >= 3 and text[0] == "|" and text[-1] == "|"


# "| show | Turkish military operations in Iraq |": a wiki's collapsed navigation box, drawn
# as a table, whose cells are its toggle and the names of other pages: a menu after all
_NAVBOX_CELLS = frozenset(("show", "hide", "[show]", "[hide]", "v t e", "v · t · e", "vte"))


def _is_navbox_row(text: str) -> bool:
    return any(cell.strip().casefold() in _NAVBOX_CELLS for cell in text.split("|"))
