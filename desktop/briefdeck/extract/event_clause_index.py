"""A sentence's dates, tolls and tallies looked up by clause, not by a pass over the whole sentence.

A run-on sentence of hundreds of clauses ("a rocket struck X on May 3 and killed two, a drone
hit Y on May 4 and wounded five, ...") asked, clause by clause, which of all its dates and
counts were that clause's, and searched back to its opening for tally words: seconds at 40,000
characters. Grouped once per sentence, each clause reads only its own; the answers are those
the passes gave.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_filters import CUMULATIVE, DAY_TALLY, TIMES_TALLY

# Every match of each tally pattern holds one of these words (matched by the same case rule):
# a sentence with none of them has no match in any stretch of it.
_CUMULATIVE_WORD = re.compile(r"ha[dsv]|so\s+far|to\s+date|in\s+total|altogether|cumulative|"
                              r"period|span|tally", re.I)
_DAY_TALLY_WORD = re.compile(r"the\s+(?:past|last|day)", re.I)
_TIMES_WORD = re.compile(r"times", re.I)
# ... and of ANOTHER ("another", "a separate", "a second" ...; "another" holds "other")
_ANOTHER_WORD = re.compile(r"separate|earlier|previous|other|similar|second", re.I)


def by_owner(dates: list[DateMention], owner: dict[int, int | None]) -> dict[int | None,
                                                                          list[DateMention]]:
    """The dates by the clause that owns them (None: no clause), each list in the given order."""
    grouped: dict[int | None, list[DateMention]] = {}
    for d in dates:
        grouped.setdefault(owner.get(id(d)), []).append(d)
    return grouped


class TollIndex:
    """A sentence's casualties by where they start and by the clause they were handed to."""

    def __init__(self, casualties: list[Casualty], handed: dict[int, int]) -> None:
        self.casualties, self.handed = casualties, handed
        self.order = sorted(range(len(casualties)), key=lambda i: casualties[i].start)
        self.starts = [casualties[i].start for i in self.order]
        self.handed_to: dict[int, list[int]] = {}
        for i, c in enumerate(casualties):
            if (n := handed.get(id(c))) is not None:
                self.handed_to.setdefault(n, []).append(i)

    def any_in(self, start: int, end: int) -> bool:
        """Does a casualty start in [start, end)?"""
        i = bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def hurt(self, n_scope: int, start: int, end: int) -> list[Casualty]:
        """The casualties handed to clause n_scope and those starting in [start, end) that were
        handed to none, in the sentence's order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        picked = {i for i in self.order[lo:hi] if id(self.casualties[i]) not in self.handed}
        picked.update(self.handed_to.get(n_scope, ()))
        return [self.casualties[i] for i in sorted(picked)]


class SentenceTallies:
    """The tally searches of one sentence's clauses, skipped when its words rule a match out."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._words: dict[re.Pattern[str], bool] = {}

    def _has(self, words: re.Pattern[str]) -> bool:
        if words not in self._words:
            self._words[words] = words.search(self.text, self.start, self.end) is not None
        return self._words[words]

    def running_tally(self, c_start: int, c_end: int) -> bool:
        """A running tally ("have killed four since May", "over the past day") from the
        sentence's opening to the clause's end, one ending inside the clause for CUMULATIVE."""
        inside = c_end <= self.end
        if (not inside or self._has(_CUMULATIVE_WORD)) and any(
                m.end() > c_start for m in CUMULATIVE.finditer(self.text, self.start, c_end)):
            return True
        return (not inside or self._has(_DAY_TALLY_WORD)) and \
            DAY_TALLY.search(self.text, self.start, c_end) is not None

    def may_tell_another(self, end: int) -> bool:
        """Can ANOTHER match between the sentence's opening and end? (False: it cannot.)"""
        return end > self.end or self._has(_ANOTHER_WORD)

    def times_tally(self, pos: int) -> re.Match[str] | None:
        """TIMES_TALLY's match from pos to the sentence's end ("attacked ... 92 times")."""
        if pos >= self.start and not self._has(_TIMES_WORD):
            return None
        return TIMES_TALLY.search(self.text, pos, self.end)
