"""Figures read out of a label/value table's value cell, which key facts list after the
report's sentences.

Insurers', lawyers' and staff papers open on a particulars table ("Insurers" / "Brackwater ...
(60%)", "Limit" / "USD 14,500,000 any one occurrence", "Deductible" / "USD 250,000 each"):
each value stands on its own line under a short heading line. Those amounts are the paper's
terms, not what happened, and without their heading they read as bare numbers; the figures the
report tells in sentences (drones, wounded, damage) lead the key facts, and the cells follow.
"""

from __future__ import annotations

from typing import Any

_SENTENCE_END = (". ", "! ", "? ")


def _is_sentence(line: str) -> bool:
    line = line.strip()
    return line.endswith((".", "!", "?")) or any(end in line for end in _SENTENCE_END)


def _heading(line: str) -> bool:
    """A table's heading cell: a few words, no figure ("Limit", "Policy No.", "Broker:")."""
    line = line.strip().rstrip(".:")
    return (
        0 < len(line) <= 32
        and not _is_sentence(line)
        and not any(ch.isdigit() for ch in line)
        and len(line.split()) <= 4
    )


def in_value_cell(text: str, start: int) -> bool:
    """Is the figure at `start` on a short line with no sentence, between heading lines?"""
    if not text or not 0 <= start < len(text):
        return False
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin : end if end >= 0 else len(text)]
    if len(line) > 120 or _is_sentence(line):
        return False
    # the lines above and below, skipping blank lines (a PDF reader often leaves one between
    # cells): a heading above, then a heading and a value below, is a table of pairs; a
    # heading above alone is as often a kicker over a headline ("World" / "11 dead in ...")
    stop = begin - 1
    while stop > 0 and text[stop - 1] == "\n":
        stop -= 1
    if stop <= 0 or end < 0 or not _heading(text[text.rfind("\n", 0, stop) + 1 : stop]):
        return False
    heading, end = _next_line(text, end)
    value, _ = _next_line(text, end)
    # (a byline under a headline, or under its second line, is a news page, not a table)
    if not _heading(heading) or heading.startswith("By ") or value.startswith("By "):
        return False
    return (
        0 < len(value.strip())
        and len(value) <= 120
        and not value.rstrip().endswith((".", "!", "?"))
    )


def _next_line(text: str, at: int) -> tuple[str, int]:
    """The next line with words after position `at` (a line's end), and where it ends."""
    while at < len(text) and text[at] == "\n":
        at += 1
    end = text.find("\n", at)
    end = end if end >= 0 else len(text)
    return text[at:end], end


def cell_figure(briefing: Any, fact: Any) -> bool:
    """Is this figure one of a label/value table's value cells?"""
    prov = getattr(fact, "provenance", None)
    source = briefing.source(prov.source) if prov is not None else None
    return bool(source is not None and source.text and in_value_cell(source.text, prov.start))
