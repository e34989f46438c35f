"""A mail thread's quoted copies: the "> " and "> > " lines a reply carries of earlier messages.

A thread printed or pasted whole (a Gmail "Print all", an Outlook chain, a saved reply) shows
each message once in full, and the later replies quote it again under "On ... wrote:". Read
as reporting, those copies tell one attack three times, a quote twice, a superseded toll as
the day's news, with "> " marks in the words. A quoted copy of text the thread already shows is
furniture (shown, never turned into facts); a quoted passage that is the only copy of its text
(a forwarded message, a reply quoting a mail the thread does not hold) is the report's content.

Copies are found by word runs, not by lines: a reply re-wraps the lines it quotes (and a PDF
reader joins wrapped quoted lines, leaving the "> " marks mid-line), so each quoted line is
a copy when nearly all its runs of four words are in what the thread shows at a shallower
quote level (unquoted, or quoted less deeply: a reply's quote of a reply's quote). Short
quoted lines ("Ross,", ">") go with the quoted lines around them; the "On ... wrote:" line
over a copy goes with it.
"""

from __future__ import annotations

import re
from typing import Protocol

KIND = "quoted copy"
_GRAM = 4  # words in a run: long enough not to meet by chance, short enough for one line
_SHARE = 0.75  # of a line's runs found elsewhere: a copy (a reply may touch a word or two)
_MARKS = re.compile(r"^(?:>[ \t]?)+")
_MID_MARKS = re.compile(r"(?<=\s)(?:>\s?)+(?=\S|$)")  # "23:20 > local": a joined line's mark
_WORD = re.compile(r"\w+")
_REACH = 12  # lines a short quoted line looks up or down for a judged one
_ORIGINAL = re.compile(r"^[>\s]*-{2,}\s*original message\s*-{2,}$", re.IGNORECASE)


class _Line(Protocol):
    @property
    def text(self) -> str: ...


def _heads_a_quote(text: str) -> bool:
    """ "On Tue, Dec 1, 2026 at 9:14 AM Ross Tilley <...> wrote:", "-----Original Message-----":
    the line over a quoted message (plain string tests first: this runs on every line)."""
    return text[-6:].lower() == "wrote:" or (
        "riginal" in text or "RIGINAL" in text) and _ORIGINAL.match(text) is not None


def _grams(text: str) -> list[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    # each word with the three after it (the shifted lists are shorter: zip stops at the last)
    return list(zip(*(words[k:] for k in range(_GRAM)), strict=False))


def flag_quoted_copies(lines: list[_Line], flags: dict[int, str]) -> None:
    """Flag the quoted lines whose words the thread already shows unquoted (or less deeply)."""
    levels = []
    for line in lines:
        marks = _MARKS.match(line.text)
        levels.append(marks.group().count(">") if marks else 0)
    if not any(levels):
        return
    shown: set[tuple[str, ...]] = set()
    for line, level in zip(lines, levels, strict=True):
        if not level:
            shown.update(_grams(line.text))
    verdict: dict[int, bool] = {}  # quoted lines with runs enough to judge: copy or not
    known = set(flags)  # (a quoted header or signature: no guide for the short lines by it)
    for depth in range(1, max(levels) + 1):
        added: list[tuple[str, ...]] = []
        for i, line in enumerate(lines):
            if levels[i] != depth or _heads_a_quote(lines[i].text):
                continue  # (the "On ... wrote:" line goes with the copy under it, below)
            words = _MID_MARKS.sub("", _MARKS.sub("", line.text))
            grams = _grams(words)
            if grams:
                found = sum(g in shown for g in grams)
                verdict[i] = found >= _SHARE * len(grams)
                added.extend(grams)
        shown.update(added)  # what this level shows is there for the deeper levels to copy
    copies = set()
    for i, level in enumerate(levels):
        if not level or _heads_a_quote(lines[i].text):
            continue
        copy = verdict.get(i)
        if copy is None:  # a short line: as the nearest judged line of its run and level
            copy = _neighbour(levels, verdict, known, i)
        if copy:
            copies.add(i)
            flags.setdefault(i, KIND)  # (a quoted signature keeps its own kind)
    # the "On ... wrote:" line (quoted or not) heading a copy
    for i, line in enumerate(lines[:-1]):
        if i + 1 in copies and _heads_a_quote(line.text) and i not in flags:
            flags[i] = KIND


def _neighbour(levels: list[int], verdict: dict[int, bool], known: set[int], i: int) -> bool:
    level = levels[i]
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(levels) and levels[k] and abs(k - i) <= _REACH:
            if levels[k] == level and k in verdict and k not in known:
                return verdict[k]
            k += step
    return False
