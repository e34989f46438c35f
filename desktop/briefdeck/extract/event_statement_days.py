"""Days that date a statement, and periods a clause names for itself.

- "a U.S. statement the next day added that two more were hurt": the day dates the statement
  (a noun of saying just before it), not a happening; a later attack told with no day of its
  own ("said four drones had been launched") is not put on the statement's day (it joins
  the attack told before at its site, or stays undated);
- "had shot down 14 drones over X 'in the past fortnight alone'": the clause gives its own
  span of time, so it happened over that period, not on the day the sentence before named.
"""

from __future__ import annotations

import regex

from briefdeck.extract.dates import DateMention

# a noun of saying right before the day, with at most a word or two between: "statement the
# next day", "in a statement issued on Friday", "a briefing later that day"
_STATEMENT_BEFORE = regex.compile(
    r"\b(?:statement|announcement|press[ \t]++release|communiqu[eé]|briefing|update)"
    r"(?:[ \t]++(?:issued|released|published|posted|made|later))?+[ \t]++(?:on[ \t]++)?+$",
    regex.I,
)
# "in the past fortnight", "over the last two weeks", "during the previous few days"
_OWN_PERIOD = regex.compile(
    r"\b(?:in|over|during|within)[ \t]++the[ \t]++(?:past|last|previous)[ \t]++"
    r"(?:(?:few|two|three|four|several|\d{1,2})[ \t]++)?+"
    r"(?:fortnight|weeks?+|months?+|days|years?+)\b",
    regex.I,
)


def dates_a_statement(text: str, d: DateMention) -> bool:
    """Whether the day is the day of a statement named just before it."""
    head = text[max(0, d.start - 40) : d.start]
    return (
        "statement" in head
        or "announcement" in head
        or "release" in head
        or "communiqu" in head
        or "briefing" in head
        or "update" in head
    ) and _STATEMENT_BEFORE.search(head) is not None


def names_own_period(text: str, start: int, end: int) -> bool:
    """Whether the words from start to end name a span of time back from now of their own."""
    words = text[start:end]
    if " past " not in words and " last " not in words and " previous " not in words:
        return False  # (most clauses)
    return _OWN_PERIOD.search(words) is not None
