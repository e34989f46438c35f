"""A clause led by the gap between two happenings: "a drone struck the base late on Nov. 19,
two days before U.S. forces handed it over". The gap dates the second happening from the
first's day (Nov. 21); it is no day of the first, nor an earlier day of its own. A vague gap
("days before", "weeks after") or a bound ("less than a week before") gives the second
happening no day at all: it is told dated elsewhere, or not dated.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefdeck.extract.dates import DateMention
from briefdeck.extract.numbers import small_count

# "15 days before the transfer of any installation": a happening named, no clause with a
# subject of its own (the word before its action word a determiner)
_NAMED = re.compile(r"(?:^|\s)(?:the|a|an|any|its|their|each|every)\s+$", re.I)
# the gap right before the clause's subject (days, weeks, a month; never hours: the same day)
_GAP = re.compile(
    r"\b(?P<bound>(?:less|more|fewer|(?:no|not)\s+later)\s+than\s+|under\s+|over\s+|"
    r"within\s+|at\s+least\s+|only\s+|just\s+)?(?:(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+(?P<unit>day|week|month)s?|(?:several\s+|a\s+few\s+)?"
    r"(?:days|weeks|months))\s+(?P<dir>before|after)\s+$",
    re.I,
)


def gap_dates(
    text: str,
    scopes: list[tuple[str, int, int, int]],
    n: int,
    in_scope: list[DateMention],
    absolute: list[DateMention],
    tolled: bool,
) -> list[DateMention] | None:
    """The dates of clause n: less a gap that leads the next clause; for a clause the gap
    leads and that names no day of its own, the day the gap counts to, or None (no day: the
    clause is left out, unless it tells a toll)."""
    if (
        n + 1 < len(scopes)
        and in_scope
        and (lead := _GAP.search(text, max(0, scopes[n + 1][1] - 40), scopes[n + 1][1]))
    ):
        in_scope = [d for d in in_scope if not (lead.start() <= d.start < lead.end())]
    if (
        not n
        or "before" not in text[scopes[n][1] - 8 : scopes[n][1]]
        and "after" not in text[scopes[n][1] - 7 : scopes[n][1]]
    ):
        return in_scope
    gap = _GAP.search(text, max(0, scopes[n][1] - 40), scopes[n][1])
    if (
        gap is None
        or scopes[n][1] == scopes[n][2]
        or _NAMED.search(text, max(scopes[n][1], scopes[n][2] - 8), scopes[n][2])
    ):
        return in_scope
    if gap is None or any(not (gap.start() <= d.start < gap.end()) for d in in_scope):
        return in_scope
    # the day the gap counts from: the last told before it (a month: "in January 2020, days
    # after the US killed ...": most likely the same month, read as before)
    day = next((d for d in reversed(absolute) if d.end <= gap.start()), None)
    if day is None or day.precision != "day" or len(day.iso) != 10:
        return in_scope
    if gap.group("n") and not gap.group("bound") and gap.group("unit") != "month":
        count = small_count(gap.group("n"))
        days = count * (7 if gap.group("unit").lower() == "week" else 1)
        shifted = date.fromisoformat(day.iso) + timedelta(
            days=days if gap.group("dir").lower() == "before" else -days
        )
        return [
            DateMention(gap.start(), gap.end(), gap.group(0).strip(), shifted.isoformat(), "day")
        ]
    return in_scope if tolled else None
