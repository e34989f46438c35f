"""A key fact read aloud must be a whole statement, or it is left out.

A figure's clause cut from its sentence ("…among them five children", "…that 14 people had
been wounded") makes no sense alone in a brief. When the sentence it stands in is short, the
key fact is that sentence; when the sentence is long, it is the sentence from its start to the
end of the figure's clause ("The strikes hit Bajil, killing 14 civilians…"); when even that is
long, the figure is no key fact (the chart, the timeline and the Situation still tell it).
A spreadsheet's or table's row is no sentence either: a figure in a row is a key fact only when
its own cell says it as a statement ("2 SDF killed, 3 wounded"), never the row's raw cells.
A question put to a witness ("So three wounded in total?") states nothing."""

from __future__ import annotations

import re

from briefdeck.compose.abbreviations import abbreviated
from briefdeck.compose.wrapped_lines import wrapped_break

MAX_STATEMENT_WORDS = 45  # a long sentence still reads whole; a longer one ends at the clause
_WINDOW = 600
# a sentence's end: a stop and space (not a decimal point: "1.5 km"), a blank line, or a line
# break before a capital or a number (a heading, a list item; a lower-case word is a wrapped line)
_SENTENCE_STOP = re.compile(r"[.!?](?<!\d\.(?=\d))[\"'”’)\]]*(?:\s+|$)|\n\s*\n|"
                            r"\n(?=[ \t]*[^\sa-z])")
# what stands before a sentence's first word and is none of it: a paragraph's number or a list
# mark ("1.4 ", "(a) ", "- "), a video's or a chat's time stamp ("5:30 "), a wire's dateline
# ("SANAA, Dec 3 (Reuters) - "), a transcript's speaker label ("Rachel Stubbs: "; a date's
# label, "Feb. 4: ", says when and stays)
_LEAD_IN = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+|\(?[a-z0-9]\)\s+|[-*•▪–]\s+|"
    r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+(?=\S)|"
    r"[A-Z][^()\n:]{0,40}\((?:[A-Z][\w.&-]*\s?){1,3}\)\s*[-–—]+\s+|"
    r"[A-Z]{2,}(?:[ ,]+[A-Z][A-Za-z.]*){0,3}\s+[-–—]{1,2}\s+|"
    r"(?P<label>(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]*:\s+(?=[A-Z\d])))")
_DIGIT = re.compile(r"\d")
# a row of a table as the reader keeps it: cells split by " | " or tabs (three cells or more)
_CELL_EDGE = re.compile(r"\s\|\s|\t|^\|\s|\s\|$")


def table_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the table cell holding text[start:end] begins and ends, when its line is a row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    edges = list(_CELL_EDGE.finditer(line))
    if len(edges) < 2:
        return None
    lo, hi = start - line_start, end - line_start
    left = max((m.end() for m in edges if m.end() <= lo), default=0)
    right = min((m.start() for m in edges if m.start() >= hi), default=len(line))
    return line_start + left, line_start + right


def sentence_start(text: str, start: int, lo: int = 0) -> int:
    """Where the sentence holding text[start] begins (not before lo)."""
    lo = max(lo, start - _WINDOW)
    begin = lo
    for m in _SENTENCE_STOP.finditer(text, lo, start):
        if not abbreviated(text, m.start()) and not _EXAMPLE.search(text, lo, m.start() + 1) \
                and not _wrap(text, m):
            begin = m.end()
    return begin


_EXAMPLE = re.compile(r"\b(?:e\.g|i\.e|cf)\.$")  # '(e.g. Conoco, ...)' goes on


def sentence_end(text: str, end: int, hi: int | None = None) -> int:
    """Where the sentence holding text[end - 1] ends (its stop and closing quote kept)."""
    hi = min(len(text) if hi is None else hi, end + _WINDOW)
    for m in _SENTENCE_STOP.finditer(text, end, hi):
        if not abbreviated(text, m.start()) and not _wrap(text, m):
            return m.start() + len(m.group().rstrip())
    return hi


def _wrap(text: str, stop: re.Match[str]) -> bool:
    """Is the stop a bare line break that only wraps a paragraph's line?"""
    return stop.group() == "\n" and wrapped_break(text, stop.start())


def asked(text: str, end: int) -> bool:
    """Is the sentence holding text[end - 1] a question ('So three wounded in total?')?"""
    finish = sentence_end(text, end)
    return text[max(0, finish - 3):finish].rstrip("\"'”’)]").endswith("?")


def as_statement(words: str) -> str:
    """A sentence's words on one line without what stands before its first word, or ''
    when it does not start as a sentence does (a capital or a numeral first)."""
    said = " ".join(words.split())
    lead_in = _LEAD_IN.match(said)
    if lead_in and not (lead_in.group("label") and _DIGIT.search(lead_in.group())):
        said = said[lead_in.end():]
    if said.count(")") > said.count("("):  # it starts inside a bracket's aside
        return ""
    return said if said[:1].isupper() or said[:1].isdigit() or said[:1] in "\"“'‘" else ""


def whole_sentence(text: str, start: int, end: int, clause_end: int,
                   bounds: tuple[int, int] | None = None) -> str:
    """The key fact for a figure at text[start:end] whose clause ends at clause_end: its short
    sentence; else the sentence up to the clause's end, with an ellipsis; else nothing.
    `bounds` keeps the sentence inside one table cell."""
    lo, hi = bounds or (0, len(text))
    clause_end = min(clause_end, hi)
    begin = sentence_start(text, start, lo)
    finish = sentence_end(text, max(end, clause_end), hi)
    sentence = as_statement(text[begin:finish])
    if sentence and len(sentence.split()) <= MAX_STATEMENT_WORDS:
        return sentence.rstrip(" ,;:")
    upto = as_statement(text[begin:clause_end]).rstrip(" ,;:")
    if upto and len(upto.split()) <= MAX_STATEMENT_WORDS:
        return upto + ("…" if clause_end < finish - 1 else "")
    return ""
