"""Sourcing in hard-wrapped text: a commit message, a mailing-list digest, a plain-text release.

Such text breaks its sentences at a fixed width, and often indents them ("per\\n    an SDF
statement and two local officials quoted by North Press"). To the reader a line break inside
a sentence is a space, but the sourcing scans are written for prose where words are one space
apart ("per an", ", per ", "says two"). So in a hard-wrapped document the scans read a copy
whose sentences have their line breaks (and the indentation after them) joined into one
space; the sourcing found there is mapped back onto the text as written. Text outside the
sentences (headers, diff lines, blank lines) is copied as it is.
"""

from __future__ import annotations

import bisect
import copy
import re
from dataclasses import replace

from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.sentences import Document, Sentence
from briefdeck.model import Attribution

_BREAK = re.compile(r"[ \t]*+\n[ \t]*+")
# Only a sentence of prose runs over lines: it ends as prose does (a table's rows, separated by
# tabs, and a note's unclosed lines are items, one a line).
_PROSE_END = re.compile(r"[.!?][\"\u201d\u2019')\]]{0,2}$")
# A line that opens with a bullet, a time stamp ("[3/5/27, 21:02]", "21:02") or a label
# ("Security Media Cell: launcher found") starts an item of its own, as a note's or a chat's
# lines do: the break before it is kept.
_ITEM_HEAD = re.compile(
    r"[-*\u2022]\s|\[|\d{1,2}:\d\d\b|[A-Z][\w.'\u2019&-]*+(?:[ \t][\w.'\u2019&()/-]++){0,5}:\s"
)

# A wrapped line fills most of its width (commonly 72 to 80 characters): a shorter line ends
# where its writer ended it (a chat message, a note's line).
_FILLED = 50


class _Joins:
    """Offsets between the text as written and the copy with each break joined to a space."""

    def __init__(self, breaks: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in breaks]
        self.ends = [b for _, b in breaks]
        self.shift = [0]  # characters dropped before break i (each break becomes one space)
        for a, b in breaks:
            self.shift.append(self.shift[-1] + (b - a - 1))
        self.new_starts = [a - self.shift[i] for i, a in enumerate(self.starts)]

    def to_joined(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1  # the last break starting at or before
        if i >= 0 and pos < self.ends[i]:
            return self.new_starts[i] + (pos > self.starts[i])  # inside a break: its space
        return pos - self.shift[i + 1]

    def to_written(self, pos: int) -> int:
        i = bisect.bisect_right(self.new_starts, pos) - 1
        if i >= 0 and pos == self.new_starts[i] + 1:
            return self.ends[i]  # just after the space: after the break as written
        if i >= 0 and pos == self.new_starts[i]:
            return self.starts[i]
        return pos + self.shift[i + 1]


def joined_lines(doc: Document, people: PeopleIndex) -> tuple[Document, PeopleIndex, _Joins] | None:
    """The document (and its people) with each sentence's line breaks joined, or None when
    the text is not hard-wrapped or no sentence runs over a line."""
    if not doc.wrapped:
        return None
    text = doc.text
    breaks = [
        (m.start(), m.end())
        for s in doc.sentences
        if "\n" in s.text and _PROSE_END.search(s.text) and "\t" not in s.text
        for m in _BREAK.finditer(text, s.start, s.end)
        if m.start() - text.rfind("\n", 0, m.start()) > _FILLED
        and not _ITEM_HEAD.match(text, m.end(), s.end)
    ]
    if not breaks:
        return None
    pieces, pos = [], 0
    for a, b in breaks:
        pieces += (text[pos:a], " ")
        pos = b
    pieces.append(text[pos:])
    joined = "".join(pieces)
    j = _Joins(breaks)
    f = j.to_joined
    sentences = [
        Sentence(f(s.start), f(s.end), joined[f(s.start) : f(s.end)], s.paragraph)
        for s in doc.sentences
    ]
    new_doc = Document(joined, sentences, [(f(a), f(b)) for a, b in doc.skipped], doc.wrapped)
    new_people = copy.copy(people)
    moved = {id(p): replace(p, start=f(p.start), end=f(p.end)) for p in people.found}
    new_people.found = [moved[id(p)] for p in people.found]
    new_people.by_key = {k: moved.get(id(p), p) for k, p in people.by_key.items()}
    new_people.mentions = [(f(a), f(b), name) for a, b, name in people.mentions]
    return new_doc, new_people, j


def written_back(found: list[Attribution], joins: _Joins) -> list[Attribution]:
    """The attributions found in the joined copy, their spans on the text as written."""
    return [
        a.model_copy(
            update={
                "provenance": a.provenance.model_copy(
                    update={
                        "start": joins.to_written(a.provenance.start),
                        "end": joins.to_written(a.provenance.end),
                    }
                )
            }
        )
        if a.provenance
        else a
        for a in found
    ]
