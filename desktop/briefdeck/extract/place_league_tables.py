"""A place's word inside a club's name in a league table: "3. Rovers Fenwick 29 | 4. ...",
"1. Dunmore Athletic 41 pts". A team's name is no place of the report (the town can still be
one where the text names it otherwise). A ranked tally of provinces ("1. Anbar 34") is not a
league table: the club's name needs a word besides the place, and the row or its heading says
points, table or standings."""

from __future__ import annotations

import re

# The start of a standings cell: a rank, then up to three words of the club's name.
RANK_BEFORE = re.compile(r"(?:^|\|\s*|\t)\d{1,2}\.?\s+(?P<words>(?:[A-Z][\w'’.-]*\s+){0,3})$",
                         re.M)
# After the place: the rest of the name, then the points ending the cell.
POINTS_AFTER = re.compile(r"(?P<words>(?:\s+[A-Z][\w'’.-]*){0,2})\s+\d{1,3}(?:\s*pts?\.?)?\s*"
                          r"(?:\||\t|$)", re.M)
TABLE_WORD = re.compile(r"\b(?:pts|points|[Tt]able|TABLE|[Ss]tandings|STANDINGS)\b")


def table_team(text: str, start: int, end: int) -> bool:
    """Is the place at start:end a word of a club's name in a league table row?"""
    after = POINTS_AFTER.match(text, end, end + 40)
    if after is None:
        return False
    line_start = text.rfind("\n", max(0, start - 60), start) + 1
    rank = RANK_BEFORE.search(text, max(line_start, start - 60), start)
    if rank is None or not (rank.group("words") or after.group("words")):
        return False
    # (bounded: a text of one endless line must not be scanned whole for each name)
    line_end = text.find("\n", end, end + 300)
    heading = max(text.rfind("\n", max(0, start - 300), max(0, line_start - 1)) + 1,
                  start - 300)
    return TABLE_WORD.search(text, max(0, heading),
                             line_end if line_end >= 0 else end + 300) is not None
