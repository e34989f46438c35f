"""A day written as the owner of the action word: "killed in Thursday's strikes during their
funeral on Friday, Dec. 4" tells Thursday's strikes; Friday is the funeral's day.

A possessive day ("Thursday's", "Monday's attack") names which happening is meant, so it alone
dates the action word it owns, whatever other day the clause names after it (cutting the
clause at each day would draw a second happening on the other day).
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention

# "'s strikes", "’s air strikes", "'s twin drone attacks": the owner's mark, then up to two words
_OWNS = re.compile(r"['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}+")


def possessed_day(text: str, dates: list[DateMention], trigger: int) -> DateMention | None:
    """The day among dates written as the owner of the action word at trigger, if any."""
    for d in dates:
        if (
            d.end < trigger <= d.end + 40
            and d.precision == "day"
            and text.startswith(("'s", "’s"), d.end)
            and (m := _OWNS.match(text, d.end, trigger)) is not None
            and m.end() == trigger
        ):
            return d
    return None
