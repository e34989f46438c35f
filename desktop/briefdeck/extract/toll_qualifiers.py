"""The qualifier a toll carries as worded ("at least 3 killed", "more than 40 wounded",
"some 20 dead"), so the event keeps it and no page or slide firms the number up."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from briefdeck.extract.numbers import QUALIFIER_WORDS, QUALIFIERS

_LEAD = re.compile(rf"(?:{QUALIFIER_WORDS})\b", re.I)


def row_qualifier(wording: str) -> str:
    """'more than 40' -> 'more than'; 'as many as 30' -> 'up to'; '12' -> 'exact'."""
    m = _LEAD.match(" ".join(wording.split()))  # ("more\nthan 460": a line wrapped in a PDF)
    return QUALIFIERS.get(" ".join(m.group(0).lower().split()), "exact") if m else "exact"


def total_qualifier(rows: Iterable[Any]) -> str:
    """One qualifier for the sum of counted rows: exact when every row is; the rows' own
    when they share one ("at least 2 U.S. and at least 1 U.K." is at least 3); 'about'
    when they differ."""
    found = {row_qualifier(r.wording) for r in rows if r.count is not None} - {"exact"}
    if not found:
        return "exact"
    return found.pop() if len(found) == 1 else "about"
