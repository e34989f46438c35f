r"""A whole-word alternation, \b(?:said|says|told|...)\b, read as a set of words.

Such a pattern matches in a stretch of text exactly when one of the stretch's words (its runs
of word characters, whole) is one of the pattern's words. Python's `re` tries the alternation
at every position; the runs, found in one pass in C and looked up in a set, cost half as much.
A word followed by a lookahead ("gave(?=\s+a\s+...toll)") is only a maybe: where one stands,
the pattern itself decides.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 (the parser's own names)
from re import _parser as P  # noqa: N812

_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_MAX_WORDS = 2000  # more spellings than this: not worth a set


class _Unsupported(Exception):
    pass


def _spellings(items) -> list[tuple[str, bool]]:  # noqa: ANN001 (parser internals)
    """(text, guarded) for each string items match; guarded: a lookahead follows in it."""
    outs: list[tuple[str, bool]] = [("", False)]
    for op, av in items:
        if op is C.LITERAL:
            outs = [(o + chr(av), g) for o, g in outs]
        elif op is C.ASSERT and av[0] == 1:  # a lookahead: the pattern decides
            outs = [(o, True) for o, _ in outs]
        elif op is C.BRANCH or op is C.SUBPATTERN:
            if op is C.SUBPATTERN and (av[1] or av[2]):  # (inline flags)
                raise _Unsupported
            alts = [s for b in (av[1] if op is C.BRANCH else [av[3]]) for s in _spellings(b)]
            outs = [(o + a, g or ga) for o, g in outs for a, ga in alts]
        elif op is C.IN and all(o is C.LITERAL for o, _ in av):
            outs = [(o + chr(a), g) for o, g in outs for _, a in av]
        elif op is C.MAX_REPEAT and av[1] <= 3:
            low, high, sub = av
            subs = _spellings(sub)
            reps: list[tuple[str, bool]] = []
            for k in range(low, high + 1):
                got: list[tuple[str, bool]] = [("", False)]
                for _ in range(k):
                    got = [(x + s, g or gs) for x, g in got for s, gs in subs]
                reps += got
            outs = [(o + r, g or gr) for o, g in outs for r, gr in reps]
        else:
            raise _Unsupported
        if len(outs) > _MAX_WORDS:
            raise _Unsupported
    return outs


def _word_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """(words, guarded words) of a pattern \b(...)\b whose every match is one whole word;
    None for any other pattern."""
    if pattern.flags & re.I or not isinstance(pattern.pattern, str):
        return None
    items = list(P.parse(pattern.pattern, pattern.flags))
    if len(items) < 3 or items[0] != (C.AT, C.AT_BOUNDARY) or \
            items[-1] != (C.AT, C.AT_BOUNDARY):
        return None
    try:
        spelled = _spellings(items[1:-1])
    except _Unsupported:
        return None
    if not spelled or not all(_RUN.fullmatch(w) for w, _ in spelled):
        return None
    return (frozenset(w for w, g in spelled if not g), frozenset(w for w, g in spelled if g))


def runs_in(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The words of text[start:end] as a pattern searched there sees them: a run of word
    characters cut by start is none (\b does not hold before it); one cut by end is, as the
    search ends there too."""
    end = len(text) if end is None else end
    runs = _RUN.findall(text, start, end)
    if runs and cut_at(text, start):
        runs = runs[1:]
    return set(runs)


def cut_at(text: str, start: int) -> bool:
    """Does start fall inside a run of word characters (so that text[start:] opens on part
    of a word, which a search of text from start does not take for one)?"""
    return start > 0 and _WORD_CHAR.match(text, start - 1) is not None and \
        _WORD_CHAR.match(text, start) is not None


class WordGate:
    """`found(text, start, end)`: pattern.search(text, start, end) is not None, for a
    whole-word alternation, by its words (any other pattern: by the pattern itself)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        sets = _word_sets(pattern)
        self.words, self.guarded = sets if sets is not None else (None, frozenset())

    def found(self, text: str, start: int = 0, end: int | None = None,
              runs: set[str] | None = None) -> bool:
        """runs: runs_in(text, start, end), when the caller has them."""
        end = len(text) if end is None else end
        if self.words is None:
            return self.pattern.search(text, start, end) is not None
        runs = runs_in(text, start, end) if runs is None else runs
        if not self.words.isdisjoint(runs):
            return True
        if self.guarded and not self.guarded.isdisjoint(runs):
            return self.pattern.search(text, start, end) is not None
        return False
