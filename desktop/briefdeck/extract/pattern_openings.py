"""The openings a regex's matches begin with, read off its parse tree.

A scan gated by a lookahead for the first few characters its patterns can open with ("fir",
"Jan", "on ") skips most words at C speed. The alternatives' head gate and the dates' opening
gate both need those openings; this is the one walk over `re`'s parser output that lists them.
How one character or class is spelled (raw or escaped, which classes are too wide) is the
caller's: the walk only follows the pattern, and tells the speller where a group is case-blind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as C  # noqa: N812 (the parser's own names)

Opening = tuple[str, ...]  # one item per character, as the speller writes it
# spell(op, av, blind, first): the items a LITERAL or IN item can be, None if not spelled out
Speller = Callable[[object, object, bool, bool], "set[str] | None"]

# What a letter matches in a case-blind group beyond its two cases (as `re` folds them).
_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def folds(c: str, blind: bool) -> set[str] | None:
    """The characters c matches (itself; in a case-blind group its cases and folds too);
    None for a non-ASCII letter in a case-blind group (not spelled out)."""
    if not blind:
        return {c}
    if not c.isascii():
        return None
    return {c, c.lower(), c.upper(), *_FOLDS.get(c.lower(), "")}


def openings(items, size: int, spell: Speller,  # noqa: ANN001 (parser internals)
             blind: bool = False) -> set[tuple[Opening, bool]]:
    """(opening, still open) pairs, one of which every match of the parsed items begins
    with: up to `size` characters, fewer where the pattern's next part is not spelled out
    (an open one may grow by what follows the items). `blind`: the items are case-blind;
    a group's own (?i:...) or (?-i:...) turns that on or off inside it."""
    out: set[tuple[Opening, bool]] = set()
    todo: list[tuple[Opening, int]] = [((), 0)]  # (opening so far, next item)
    while todo:
        s, i = todo.pop()
        if len(s) >= size or i == len(items):
            out.add((s, i == len(items) and len(s) < size))
            continue
        op, av = items[i]
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            todo.append((s, i + 1))  # zero-width: the opening goes on from the next item
        elif op is C.LITERAL or op is C.IN:
            chars = spell(op, av, blind, not s)
            if chars is None:
                out.add((s, False))  # not spelled out: the opening ends here
            else:
                todo.extend(((*s, c), i + 1) for c in chars)
        elif op is C.SUBPATTERN or op is C.BRANCH:
            if op is C.SUBPATTERN:  # (a case-blind group: "(?i:on|since)")
                inner, branches = (blind or bool(av[1] & re.I)) and not av[2] & re.I, [av[3]]
            else:
                inner, branches = blind, av[1]
            for branch in branches:
                for t, open_ in openings(list(branch), size - len(s), spell, inner):
                    if open_:
                        todo.append(((*s, *t), i + 1))
                    else:
                        out.add(((*s, *t), False))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            if av[0] == 0:
                todo.append((s, i + 1))  # the repeat may match nothing
            if av[1] != 0:  # one round of it, then the opening stops
                out.update(((*s, *t), False)
                           for t, _ in openings(list(av[2]), size - len(s), spell, blind))
        else:
            out.add((s, False))  # anything else: the opening ends here
    return out


def trie(heads: set, spell: Callable[[str], str] = str) -> str:  # (strings or Openings)
    """A regex matching any of heads, branching one item at a time: `re` tries a flat list
    of literals one by one, a trie only down the branch of the text's next character. An
    empty head means a shorter one already matched: any continuation will do."""
    if any(not h for h in heads):
        return ""
    by_first: dict[str, set] = {}
    for h in heads:
        by_first.setdefault(h[0], set()).add(h[1:])
    alts = []
    for c in sorted(by_first):
        rest = trie(by_first[c], spell)
        alts.append(spell(c) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(alts)
