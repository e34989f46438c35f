"""Scanning a whole text for dates fast: each way guarded by the letters it can open on.

A 100,000-word document must draft in seconds; the date pattern's many alternatives are tried
at every word only where the word's first letters can open one of them, and a text with no
Hijri or Jalali year is scanned without the other calendars' ways.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 (the parser's own names)
from re import _parser as P  # noqa: N812

from briefdeck.extract.alternatives import first_chars
from briefdeck.extract.date_ways import _DATE_WAYS
from briefdeck.extract.pattern_openings import Opening, folds, openings, trie


def _starting_letters(pattern: str) -> str:
    """A lookahead for the characters a date can begin with (in either case), so the scan
    skips at once the words no way of writing a date starts with; none when unknown."""
    chars = first_chars(pattern, re.X)
    if not chars:
        return ""
    chars |= {c.swapcase() for c in chars}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


# Sharper than the first letter: the first few characters a way can begin with ("Jan",
# "sin", "the", "on ", "19"), as a lookahead that `re` walks character by character. Most
# words start with a letter some way starts with, but few with one of these openings.
_HEAD_SIZE = 3


def _folds(c: str, blind: bool) -> set[str] | None:
    chars = folds(c, blind)
    return None if chars is None else {re.escape(f) for f in chars}


def _class_items(av, blind: bool, first: bool) -> set[str] | None:  # noqa: ANN001 (parser)
    """A character class as items (each escaped character, \\s whole); None if too wide."""
    items: set[str] = set()
    for o, a in av:
        if o is C.LITERAL:
            more = _folds(chr(a), blind)
        elif o is C.RANGE and a[1] - a[0] < 40 and chr(a[1]).isascii():
            more = {f for c in range(a[0], a[1] + 1) for f in _folds(chr(c), blind)}
        elif o is C.CATEGORY and a is C.CATEGORY_DIGIT and first:
            more = set("0123456789")  # (ASCII: the first-letter gate reads \d so)
        elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
            more = {r"\s"}
        else:
            return None
        if more is None:
            return None
        items |= more
    return items


def _spell(op, av, blind: bool, first: bool) -> set[str] | None:  # noqa: ANN001 (parser)
    """A character or class as regex items (an escaped character, or \\s), folded where the
    group is case-blind."""
    return _folds(chr(av), blind) if op is C.LITERAL else _class_items(av, blind, first)


def _way_heads(way: str) -> set[Opening] | None:
    """The openings a match of way begins with, kept to those the first-letter gate lets
    through (so the gate's answer is unchanged); None when some opening is unknown."""
    heads = {s for s, _ in openings(list(P.parse(way, re.X)), _HEAD_SIZE, _spell)}
    letters = first_chars(way, re.X)
    if () in heads or not letters:
        return None
    letters = {re.escape(c) for c in letters | {c.swapcase() for c in letters}}
    return {h for h in heads if h[0] in letters}


def _guard(heads: set[Opening] | None, way: str) -> str:
    return f"(?={trie(heads)})" if heads else _starting_letters(way)


def _each_way_guarded(ways: str) -> str:
    """The ways again, each behind a lookahead for its own openings: at a word the scan
    drops the ways that cannot start there at one test, instead of trying each one's
    optional lead words ("on", "since", "in the last days of") first. Same matches."""
    body = ways[ways.index("(?:\n") + 4 : ways.rindex(")")]
    each = body.split("\n  | ")
    heads = [_way_heads(way) for way in each]
    opening = _starting_letters(ways) if None in heads else \
        _guard(set().union(*heads), ways)
    return opening + "\n    (?:\n" + "\n  | ".join(
        _guard(h, way) + way for h, way in zip(heads, each, strict=True)) + "\n    )"


DATE_RE = re.compile(r"\b" + _each_way_guarded(_DATE_WAYS), re.X)


def _without_way(ways: str, name: str) -> str:
    """The ways of writing a date less the one named."""
    head, body = ways[: ways.index("(?:\n") + 4], ways[ways.index("(?:\n") + 4 : ways.rindex(")")]
    kept = [w for w in body.split("\n  | ") if not w.startswith(f"(?P<{name}>")]
    return head + "\n  | ".join(kept) + ways[ways.rindex(")"):]


# The same scan without the Hijri and Iranian way, for a text with no year of theirs (13xx,
# 14xx) and no "month of": most reporting, which so pays nothing for that way.
_GREGORIAN_RE = re.compile(r"\b" + _each_way_guarded(_without_way(_DATE_WAYS, "cal")), re.X)
_OTHER_YEAR_SIGN = re.compile(r"1[34]\d\d")  # (a literal first: scanned at C speed)
_last_scanned: list[tuple[str, re.Pattern[str]]] = []  # the text last read, and its scan


def _scan_for(text: str) -> re.Pattern[str]:
    """DATE_RE where the text may hold another calendar's date, else the Gregorian scan
    (decided once per text: find_dates is called sentence by sentence)."""
    last = _last_scanned[-1] if _last_scanned else None  # (read once: threads may share it)
    if last is not None and last[0] is text:
        return last[1]
    other = bool(_OTHER_YEAR_SIGN.search(text)) or "month of" in text
    scan = DATE_RE if other else _GREGORIAN_RE
    _last_scanned[:] = [(text, scan)]
    return scan
