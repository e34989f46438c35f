"""Figures of a table whose cells reach the text one to a line, with a corrected column.

A PDF table of totals often comes out of the reader one cell per paragraph: the header's cells
("Measure", "As printed (v1.0)", "Corrected (v1.1)"), then for each row its label line
("People killed") and one line per value column ("61", "60"). A row's value counts what its
label names. When one column holds the corrected values and another the ones printed before,
only the corrected value is the figure: the first is a superseded count. Rows "of whom ..."
are parts of the row above and count its people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.model import Figure, Provenance

_CORRECTED = re.compile(r"\b(?:corrected|revised|updated|amended|correct)\b", re.I)
_PRINTED = re.compile(
    r"\b(?:as\s+printed|printed|original|previous|published|initial|"
    r"old|was)\b",
    re.I,
)
_VALUE = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,6}")
# A row's label: a few words, no digits, no sentence.
_LABEL = re.compile(r"[A-Za-z][A-Za-z '’()-]{2,79}")
_PLURAL_END = re.compile(
    r"(?:[a-z]{3,}s|people|personnel|children|men|women|killed|wounded|"
    r"injured|dead)$"
)
_OF_WHOM = re.compile(r"(?:of\s+(?:whom|which)|including)\s+", re.I)


@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[tuple[int, str], ...]:
    out, at = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append((at + len(raw) - len(raw.lstrip()), raw.strip()))
        at += len(raw) + 1
    return tuple(out)


def corrected_cells(text: str, taken: set[int]) -> list[Figure]:
    """The corrected column's values of a one-cell-a-line table, each with its row's label."""
    if "orrected" not in text and "evised" not in text:
        return []
    lines = _lines(text)
    figures: list[Figure] = []
    for h, (_, head) in enumerate(lines):
        if not _CORRECTED.search(head) or len(head) > 40 or h < 2:
            continue
        # the header: a label column's cell, then value columns, the last one corrected
        columns = 2
        while (
            columns < 4
            and h - columns >= 0
            and _PRINTED.search(lines[h - columns + 1][1])
            and len(lines[h - columns + 1][1]) <= 40
        ):
            columns += 1
        if columns == 2 or not _LABEL.fullmatch(lines[h - columns + 1][1]):
            continue  # no column of the values printed before: not a correction table
        i, parent = h + 1, ""
        while i < len(lines):
            _, label = lines[i]
            cells = lines[i + 1 : i + columns]
            if (
                len(cells) < columns - 1
                or not _LABEL.fullmatch(label)
                or not all(_VALUE.fullmatch(c) for _, c in cells)
            ):
                break
            at, value = cells[-1]
            unit = _unit(text, label, parent)
            if not (of := _OF_WHOM.match(label)):
                parent = unit
            if unit and at not in taken and value != "0":
                figures.append(
                    Figure(
                        id="fg-0",
                        value=float(value.replace(",", "")),
                        value_high=None,
                        unit=unit,
                        qualifier="exact",
                        text=value,
                        label=f"{value} {unit}"[:70] + ("" if of else " (corrected)"),
                        provenance=Provenance(source="src-1", start=at, end=at + len(value)),
                    )
                )
            i += columns
    return figures


def _unit(text: str, label: str, parent: str) -> str:
    """What a row's label counts: its words, without a bracket; a part "of whom ..." counts
    the row above's people when it names no plural of its own."""
    words = re.sub(r"\s*\([^)]*\)", "", label).strip()
    if of := _OF_WHOM.match(words):
        words = words[of.end() :]
        if not _PLURAL_END.search(words):
            return f"{parent}, {words}" if parent else ""
    first = words.split(" ", 1)[0]
    if first[:1].isupper() and not _named_mid_sentence(text, first):
        words = first.lower() + words[len(first) :]  # "People killed", not a name
    return (
        words
        if _PLURAL_END.search(words.split(" ")[0])
        or _PLURAL_END.search(words)
        or re.search(r"[a-z]{3,}s\b", words)
        else ""
    )


@lru_cache(maxsize=256)
def _named_mid_sentence(text: str, word: str) -> bool:
    """Whether the text writes word capitalised inside a sentence ("Israeli", a name), once
    per word and text: a long table repeats its labels' first words."""
    return f" {word} " in text
