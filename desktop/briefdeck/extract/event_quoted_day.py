"""The day a quoted statement calls "today": the day the statement was issued, not the day
the story was published. "The group said it struck the base at dawn on Tuesday ... 'we struck
at dawn today the base', the statement read", in a story filed on Wednesday, tells Tuesday's
strike again. A quoted "today" one day after the last day the story named is taken as that
day; the same day, or a quote with no day named before it, keeps publication's."""

from __future__ import annotations

from datetime import date

from briefdeck.extract.dates import DateMention
from briefdeck.extract.sentences import inside


def quoted_day(when: DateMention | None, named: DateMention | None,
               quoted: list[tuple[int, int]]) -> DateMention | None:
    """The day named before, when `when` is a quoted "today" one day later; else None."""
    if when is None or named is None or not when.implicit or when.precision != "day" or \
            named.precision != "day" or named.start >= when.start or \
            not inside(quoted, when.start):
        return None
    try:
        gap = (date.fromisoformat(when.iso) - date.fromisoformat(named.iso)).days
    except ValueError:
        return None
    return named if gap == 1 else None
