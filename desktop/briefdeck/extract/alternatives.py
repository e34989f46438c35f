"""One regex for a long list of alternatives, tried only where its first letter can start.

Python's `re` tries every alternative of `a|b|c|...` at every position. With a hundred names
that is most of the time of a scan. Grouping the alternatives by the characters they can begin
with lets the engine skip to the few that can match at a position, with the same result: at
any one position only one group applies, and inside it the alternatives keep their order.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 (the parser's own names)
from re import _parser as P  # noqa: N812

from briefdeck.extract.pattern_openings import openings, trie


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of pattern can begin with; None when any character can
    (a class we do not expand, or a pattern that can match the empty string)."""
    chars, can_be_empty = _first(P.parse(pattern, flags))
    if chars is None or can_be_empty:
        return None
    if flags & re.I:
        chars = {c for ch in chars for c in (ch.lower(), ch.upper())}
    return chars


def _first(items) -> tuple[set[str] | None, bool]:  # noqa: ANN001 (parser internals)
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.add(chr(a))
                elif o is C.RANGE:
                    out |= {chr(c) for c in range(a[0], a[1] + 1)}
                elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                    out |= set("0123456789")
                else:
                    return None, False
            return out, False
        if op is C.SUBPATTERN or op in (C.MAX_REPEAT, C.MIN_REPEAT, C.BRANCH):
            if op is C.SUBPATTERN:
                branches, required = [av[3]], True
            elif op is C.BRANCH:
                branches, required = av[1], True
            else:
                branches, required = [av[2]], av[0] > 0
            empty = False
            for branch in branches:
                chars, e = _first(branch)
                if chars is None:
                    return None, False
                out |= chars
                empty |= e
            if required and not empty:
                return out, False
            continue
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the next item decides
        return None, False
    return out, True


PREFIX_CHARS = 3  # how many leading characters the start gate spells out
# (Alternatives spell out five: on three, openings such as "the", "sai", "for" that begin
# common words stopped the scan only to fail there; the same matches with a third fewer
# stops, 100k words some 3% faster)
GATE_CHARS = 5
_MAX_CLASS = 40  # a character class larger than this ends a prefix


def prefixes(pattern: str, flags: int = 0, size: int = PREFIX_CHARS) -> set[str] | None:
    """Strings of up to `size` characters one of which every match of pattern begins with;
    None when some match may begin with a character we do not spell out."""
    parsed = P.parse(pattern, flags)
    if parsed.state.flags & re.I:  # (also an inline (?i) at the start)
        return None
    found = {"".join(s) for s, _ in openings(list(parsed), size, _spell)}
    return None if "" in found else found


def _spell(op, av, blind: bool, first: bool) -> set[str] | None:  # noqa: ANN001 (parser)
    """A character or class as itself; a case-blind group's letters are not spelled out."""
    if blind:
        return None
    return {chr(av)} if op is C.LITERAL else _class_chars(av, first)


def _class_chars(av, first: bool) -> set[str] | None:  # noqa: ANN001 (parser internals)
    """The characters of a class; \\d counts as 0-9 only first, as first_chars (and so the
    gate before this one) already reads it."""
    chars: set[str] = set()
    for o, a in av:
        if o is C.LITERAL:
            chars.add(chr(a))
        elif o is C.RANGE and a[1] - a[0] < _MAX_CLASS:
            chars |= {chr(c) for c in range(a[0], a[1] + 1)}
        elif o is C.CATEGORY and a is C.CATEGORY_DIGIT and first:
            chars |= set("0123456789")
        else:
            return None
    return chars if len(chars) <= _MAX_CLASS else None


def _trie(strings: set[str]) -> str:
    """A regex matching any of strings (raw text), one character at a time."""
    return trie(strings, re.escape)


# An opening that, before a word character, means "not after a word character", and that
# `re` tests slowly at every position (a plain \b is cheap there: kept as it is, since a
# scan that stops at every common lower-case letter costs more than it saves).
_WORD_OPENINGS = (r"(?:\b|(?<=\s))",)


def _led_by_first_char(heads: set[str], opening: str, flags: int) -> re.Pattern[str] | None:
    """The head gate as a regex that opens on one of the heads' first characters (each
    with the rest of its heads as a lookahead), or None when it cannot be written so.
    `re` skips to a pattern's possible first characters in C when the pattern opens on
    them, but tests a leading assertion at every position of the text: for the known
    organisations' opening this is some three times as fast. Each hit is one character
    wide, so no opening is passed over, and it starts where the zero-width gate would."""
    if opening not in _WORD_OPENINGS or not all(re.match(r"\w", h[0]) for h in heads):
        return None
    # (before a word character \b, and "after a space" too, is "not after one")
    return first_char_gate(heads, r"\w", flags)


def first_char_gate(heads: set[str], not_after: str, flags: int = 0) -> re.Pattern[str]:
    """A regex that opens on one of heads' first characters where the character before is
    not a `not_after` one (checked once the character is taken: (?<!X.)), with the rest of
    its heads as a lookahead. `re` skips to such a pattern's first characters in C; each hit
    is one character wide, so no opening is passed over."""
    by_first: dict[str, set[str]] = {}
    for h in heads:
        by_first.setdefault(h[0], set()).add(h[1:])
    after = rf"(?<!{not_after}.)"
    alts = []
    for c in sorted(by_first):
        rest = _trie(by_first[c])
        alts.append(re.escape(c) + after + (f"(?={rest})" if rest else ""))
    return re.compile("|".join(alts), flags)


def starts_at_word_boundary(pattern: str, flags: int = 0) -> bool:
    """Does every match of pattern begin with \\b? (Then so may the combined regex, which
    spares it trying its alternatives inside words.)"""
    return _bounded(P.parse(pattern, flags))


def _bounded(items) -> bool:  # noqa: ANN001 (parser internals)
    for op, av in items:
        if op is C.AT:
            return av is C.AT_BOUNDARY
        if op is C.SUBPATTERN:
            return _bounded(av[3])
        if op is C.BRANCH:
            return all(_bounded(branch) for branch in av[1])
        return False
    return False


class Alternatives:
    """`search` over a list of patterns; `which(match)` is the index of the one that matched.

    Patterns must have no capturing groups of their own (use (?:...))."""

    def __init__(self, patterns: list[str], flags: int = 0, prefix: str = "",
                 suffix: str = "") -> None:
        by_char: dict[str, list[int]] = {}
        anywhere: list[int] = []
        for i, pattern in enumerate(patterns):
            if re.compile(pattern, flags).groups:
                raise ValueError(f"capturing group in {pattern!r}")
            chars = first_chars(pattern, flags)
            if chars is None:
                anywhere.append(i)
            else:
                for c in chars:
                    by_char.setdefault(c, []).append(i)
        self.index: list[int] = [-1]  # capture group number -> pattern index
        parts = []
        for c in sorted(by_char):
            chosen = sorted(set(by_char[c]) | set(anywhere))
            alts = []
            for i in chosen:
                alts.append(f"({patterns[i]})")
                self.index.append(i)
            parts.append(f"(?={re.escape(c)})(?:{'|'.join(alts)})")
        if anywhere:  # positions whose first character no grouped pattern can start with
            starts = "".join(re.escape(c) for c in sorted(by_char))
            alts = []
            for i in anywhere:
                alts.append(f"({patterns[i]})")
                self.index.append(i)
            parts.append(f"(?![{starts}])(?:{'|'.join(alts)})")
        starts = "".join(re.escape(c) for c in sorted(by_char))
        gate = "" if anywhere else f"(?=[{starts}])"
        word = ""
        if not prefix and all(starts_at_word_boundary(p, flags) for p in patterns):
            word = r"\b"  # every alternative opens on a word: try only word starts
        self.regex = re.compile(f"{prefix}{word}{gate}(?:{'|'.join(parts)}){suffix}", flags)
        # One regex per first character, with the same alternatives in the same order: at a
        # position only that character's group can match, so matching it there is the same.
        self._starts = None if anywhere else re.compile(f"{prefix}{word}[{starts}]", flags)
        # Sharper still: a lookahead for the first few characters every pattern can begin
        # with ("fir", "lau", "str"...), when the prefix is zero-width and they are known.
        heads = [prefixes(p, flags, GATE_CHARS) for p in patterns]
        self._heads = None
        if not anywhere and all(heads) and P.parse(prefix, flags).getwidth() == (0, 0):
            every = {h for hs in heads for h in hs}
            self._heads = _led_by_first_char(every, prefix + word, flags) or \
                re.compile(f"{prefix}{word}(?={_trie(every)})", flags)
        self._by_char: dict[str, re.Pattern[str]] = {}
        self._sub_index: dict[re.Pattern[str], list[int]] = {}
        # (the same, by the pattern's id: hashing a Pattern hashes its whole compiled code,
        # microseconds for a big one; each sub stays alive in _by_char, so its id holds)
        self._sub_by_id: dict[int, list[int]] = {}
        for c, chosen in by_char.items():
            ordered = sorted(set(chosen))
            sub = re.compile(f"{prefix}{word}(?:{'|'.join(f'({patterns[i]})' for i in ordered)})"
                             f"{suffix}", flags)
            self._by_char[c] = sub
            self._sub_index[sub] = [-1, *ordered]
            self._sub_by_id[id(sub)] = [-1, *ordered]

    def finditer(self, text: str, start: int = 0, end: int | None = None):  # noqa: ANN201
        """The regex's matches in text[start:end], as its finditer gives them (`which` reads
        either). Python's `re` tries every group at every word start; jumping to the start
        characters and matching only their group there is some twice as fast."""
        end = len(text) if end is None else end
        if self._starts is None:
            yield from self.regex.finditer(text, start, end)
            return
        pos, by_char = start, self._by_char
        if self._heads is not None:  # zero-width: the match starts at the gate's position
            for c in self._heads.finditer(text, start, end):
                at = c.start()
                if at < pos:
                    continue
                m = by_char.get(text[at], self.regex).match(text, at, end)
                if m is not None:
                    yield m
                    pos = m.end()
            return
        for c in self._starts.finditer(text, start, end):
            if c.start() < pos:
                continue
            # (a character only case-folding links to the group's letters: the whole regex)
            m = by_char.get(text[c.end() - 1], self.regex).match(text, c.start(), end)
            if m is not None:
                yield m
                pos = m.end()

    def fullmatch(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The regex's fullmatch of text[start:end] (`which` reads it), tried with only the
        group of its first character (the same result, as in finditer; the whole regex tries
        each group's lookahead in turn)."""
        end = len(text) if end is None else end
        if self._starts is None or start >= end:
            return self.regex.fullmatch(text, start, end)
        return self._by_char.get(text[start], self.regex).fullmatch(text, start, end)

    def which(self, m: re.Match[str]) -> int:
        pattern = m.re
        if pattern is self.regex:  # (its text differs from every sub's: no sub equals it)
            return self.index[m.lastindex or 0]
        sub = self._sub_by_id.get(id(pattern))
        if sub is None:  # a match from a pattern made elsewhere: compared by content
            sub = self._sub_index.get(pattern)
        return sub[m.lastindex] if sub is not None else self.index[m.lastindex or 0]


def word_gated(regex: re.Pattern[str]) -> re.Pattern[str]:
    """regex, opening `\\b(?:a|b|...)`, with a lookahead for its possible first characters
    after the \\b: the same matches, but at the many word starts none of the words can begin
    with, `re` fails at once instead of trying each alternative (some twice as fast over a
    sentence). Unchanged when the pattern opens otherwise or its first characters are open,
    or could be read too narrowly: case-blind letters ("K" folds the Kelvin sign too), digits
    (\\d takes any script's)."""
    pattern = regex.pattern
    blind = regex.flags & re.I or "(?i" in pattern
    chars = first_chars(pattern, regex.flags) if pattern.startswith(r"\b") and not blind \
        else None
    if not chars or any(not c.isalpha() for c in chars):
        return regex
    gate = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(rf"\b(?=[{gate}]){pattern[2:]}", regex.flags)
