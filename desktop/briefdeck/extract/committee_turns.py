"""A select committee's oral evidence (the UK Parliament's format): each question is numbered
and opens with the member who asks it ("Q112 Chair: ...", "Q114 Jane Roe: ..."), each answer
with the witness's name as the transcript writes it, maybe after a rank or an honorific
("Air Vice-Marshal Roe:", "John Doe:", "Ms Roe:"). The words after a witness's label are their
own, unquoted; the members ask, so their turns (numbered, or the chair's "Chair: Order.") are
nobody's statement. A PDF's text runs turns together, so a label also opens a turn after a
sentence's end; an unlabelled paragraph after a witness's turn (over a page break) is theirs."""

from __future__ import annotations

import re
from itertools import islice

from briefdeck.extract.hearing_turns import statement_span
from briefdeck.extract.people_index import PeopleIndex
from briefdeck.extract.sentences import Document

# The numbered question, the tell of the format: "Q112 Chair:", "Q7 Jane Roe:".
# (opening on the letter, a word's start checked after it: the scan jumps from Q to Q)
_QUESTION = re.compile(r"Q(?<!\wQ)\d{1,4}\s+[A-Z][^\n:]{1,60}:\s")
# A label: at a paragraph's start or after a sentence's end (or a bracketed "[Interruption]"),
# its question number maybe, then up to five capitalised words ("Air Vice-Marshal Roe") and a
# colon. (Words of a sentence before a colon, "The problem is this:", have lower-case words.)
_LABEL = re.compile(
    r"(?:(?<=\n)|(?<=[.!?\]]\s)|(?<=[.!?][\"”]\s)|^)"
    r"(?P<number>Q\d{1,4}\s+)?"
    r"(?P<label>(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’-]+):\s+(?=\S)")
_CHAIR = re.compile(r"(?:The\s+)?Chair(?:man|woman|person)?$")
_MIN_QUESTIONS = 2


def committee_labels(doc: Document) -> list[tuple[int, int, str, bool]]:
    """(label start, words' start, label, asked) of each turn of an oral-evidence transcript,
    in order (asked: a member's numbered question, or the chair's); [] when the text is none."""
    text = doc.text
    if "Q" not in text or len(list(islice(_QUESTION.finditer(text, 0, 200_000),
                                                     _MIN_QUESTIONS))) < _MIN_QUESTIONS:
        return []
    return [(m.start(), m.end(), m.group("label"),
             bool(m.group("number")) or _CHAIR.match(m.group("label")) is not None)
            for m in _LABEL.finditer(text)]


def committee_turns(doc: Document, people: PeopleIndex,
                    paras: list[tuple[int, int, int]]) -> list[tuple[int, int, str, int, str]]:
    """Witnesses' answers: (start, end, words, paragraph number, speaker)."""
    labels = committee_labels(doc)
    if not labels:
        return []
    text = doc.text
    # a member asks: whoever opens a numbered question is no witness in any turn
    members = {label for _s, _e, label, asked in labels if asked}
    found: list[tuple[int, int, str, int, str]] = []
    current, i = "", 0  # current: the witness whose answer may run on
    for start, end, number in paras:
        while i < len(labels) and labels[i][0] < start:
            i += 1
        if i == len(labels) or labels[i][0] >= end:
            if not doc.is_reporting(start, start + 1):
                continue  # (a page's running header or footer inside an answer)
            span = statement_span(doc, start, end) if current else None
            if span:  # the answer runs on over a page break
                found.append((span[0], span[1], text[span[0]:span[1]], number, current))
            else:
                current = ""
            continue
        while i < len(labels) and labels[i][0] < end:
            _s, words_at, label, asked = labels[i]
            i += 1
            turn_end = labels[i][0] if i < len(labels) and labels[i][0] < end else end
            current = ""
            if asked or label in members or not doc.is_reporting(words_at, words_at + 1):
                continue
            current = people.resolve(label) or people.resolve(label.split()[-1]) or ""
            span = statement_span(doc, words_at, turn_end) if current else None
            if span:  # ("Note:", "Witnesses:": a label naming no one, no turn)
                found.append((span[0], span[1], text[span[0]:span[1]], number, current))
    return found
