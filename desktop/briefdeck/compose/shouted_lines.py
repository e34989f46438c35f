"""A key fact taken from a log's line in capitals, shown in sentence case.

Dispatch logs, radio logs and signals type every line in capitals ("FIRE OUT. EST 60 PCT OF
BLDG 9 DESTROYED"); on a slide or the one-pager that reads as shouting beside the other
lines. Only the display changes (extraction keeps the words as written), and only a line
wholly in capitals: its ordinary words go to lower case, a sentence's first word is
capitalised, and what the writer means in capitals stays so: shorthand and acronyms of up to
four letters that are no common word (title_words.py's list), any word with a digit, a dot or
a slash, and words the report also writes in capitals inside its ordinary sentences. A word
the report writes capitalised elsewhere (a name) keeps its capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from briefdeck.charts.unworded_lines import shouted
from briefdeck.compose.title_words import SHORT_WORDS, SMALL_CAPS

_PIECE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_LINE = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")  # lower-case words of a line
_CAPS = re.compile(r"(?<![\w-])[A-Z][A-Z0-9&-]*[A-Z0-9](?![\w-])")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?:-[A-Z][a-z]+)*")  # mid-sentence: a name
_STOP = re.compile(r"[^\w]*[.!?:][\s\"“]")  # a sentence ends in the gap before a word
_SCAN = 200_000
# short common words title_words.py's list (made for titles) leaves out, read in a sentence
_MORE_WORDS = frozenset("ARE IS IT IF SO DO DID DOES BE AM WE HE SHE NO CARE HURT ALSO ONTO "
                        "SAYS BEEN WERE".split())


def sentence_cased(line: str, text: str = "", opening: bool = True,
                   drafted: Iterable[str] = ()) -> str:
    """'EST 60 PCT OF BLDG 9 DESTROYED' -> 'EST 60 PCT of BLDG 9 destroyed'; a line with
    lower-case words is returned as written. `opening`: the line starts a sentence (not the
    rest of one after its bold lead); `drafted`: the briefing's names, written as drafted."""
    if not line or not shouted(line):
        return line
    kept, names = _written(text[:_SCAN])
    written = _named_in(line, drafted)
    out: list[str] = []
    last = 0
    first = opening
    abbreviation = False
    for m in _PIECE.finditer(line):
        out.append(line[last:m.start()])
        word = m.group()
        gap = line[last:m.start()]
        # (not after "U.S.": a lone letter's dot is an abbreviation's)
        starts = first or _STOP.match(gap) is not None and not abbreviation or \
            gap.endswith(("“", '"'))
        before, after = line[m.start() - 1:m.start()], line[m.end():m.end() + 1]
        # (digits, "U.S.", "SF/OSI", "C-RAM": the writer's own forms)
        dotted = after == "." and line[m.end() + 1:m.end() + 2].isalpha()
        if m.start() in written:  # (a drafted name or a country, as the draft writes it)
            out.append(written[m.start()][:len(word)])
        elif before.isdigit() or after.isdigit() or dotted or "/" in (before, after) \
                or not word.isupper() or _shorthand(word) or word in kept:
            out.append(word)
        elif word in names or starts:
            out.append(word[:1] + word[1:].lower())
        else:
            out.append(word.lower())
        first = False
        abbreviation = len(word) == 1
        last = m.end()
    out.append(line[last:])
    return "".join(out)


def _shorthand(word: str) -> bool:
    """A log's shorthand or an acronym ("BLDG", "PCT", "UAS"), not a short common word."""
    parts = word.strip("'’-").split("-")
    if len(parts) > 1:  # ("C-RAM", "F-4"; not "NON-LIFE-THREATENING")
        return any(len(p) == 1 for p in parts)
    core = parts[0]
    return len(core) <= 4 and core.isalpha() and core not in SHORT_WORDS \
        and core not in SMALL_CAPS and core not in _MORE_WORDS


@lru_cache(maxsize=8)
def _written(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words the report writes in capitals inside its ordinary sentences (acronyms), and words
    it writes capitalised in mid-sentence (names), both in capitals."""
    acronyms: set[str] = set()
    names: set[str] = set()
    for row in text.splitlines():
        if len(_SENTENCE_LINE.findall(row)) >= 3:  # a sentence, not a form's "Label: VALUE"
            acronyms.update(_CAPS.findall(row))
            names.update(n.upper() for n in _NAME.findall(row))
    return frozenset(acronyms), frozenset(names)


def _named_in(line: str, drafted: Iterable[str]) -> dict[int, str]:
    """Where in the line a drafted name or a country's name (or adjective) stands, in capitals:
    each of its words' start -> the name's own form of the rest of the name from there."""
    upper = line.upper()
    found: dict[int, str] = {}
    for name in (*drafted, *_countries()):
        # (a name in lower case has nothing to keep; "ß" -> "SS" would shift the offsets)
        if len(name) < 3 or name.islower() or len(name.upper()) != len(name) or \
                name.upper() not in upper:  # (a cheap look before the word-bounded one)
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name.upper())}(?![\w'’-])", upper):
            for w in _PIECE.finditer(name):
                found.setdefault(m.start() + w.start(), name[w.start():])
    return found


def drafted_names(briefing: Any) -> tuple[str, ...]:
    """The briefing's drafted places, organizations and people, by name."""
    facts = briefing.facts
    return tuple(dict.fromkeys(f.name for f in (*facts.places, *facts.organizations,
                                                *facts.people) if f.name))


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    from briefdeck.geo.borders import load_countries
    from briefdeck.geo.demonyms import DEMONYMS

    return tuple(c.name for c in load_countries()) + tuple(DEMONYMS)
