"""A multiple-choice quiz's wrong options, told from its answer key.

A news quiz asks numbered questions, each over lettered options ("- A. The Iraqi army",
"B) Rumalyn"), and gives the answers in a key at the bottom ("Answer key" over "1. B. ...",
or "Answers: 1-B, 2-C"). The wrong options name real places, groups and numbers that are not
the week's facts: the page says they are wrong. With the key known, each question's options
other than the key's letter are flagged; the right option, the question and the key stay.
Without a key that answers every question asked, nothing is flagged.

The quiz is read once (`_read_quiz`), line by line: a question is a numbered line above the
key whose stem (its line and any lines up to its options) runs over two lettered options or
more, A, B, C in order, or asks with a question mark; the key's lines and runs give each
question's letter. The flagging marks the wrong options from that reading, and the extractor
reads the same quiz through `keyed_questions`: each question's stem, its options by letter,
its key item and the key's letter, as offsets in the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefdeck.ingest.line_kinds import ArticleLine, article_lines

# "1. On Monday, ... Which force took over the base?", "Q3) ...": a numbered item.
_NUMBERED = re.compile(r"^(?:Q(?:uestion)?\s?)?(\d{1,2})[.):]\s+\S")
# "- A. The Iraqi army", "B) Coyote", "(c) Five": one lettered option, and its words.
_OPTION = re.compile(r"^(?:[-*•·–]\s+)?\(?([A-Fa-f])[.)]\s+(\S.*)")
# "Answer key", "Answers", "The answers:", "Key": the key's heading.
_KEY_HEADING = re.compile(
    r"^(?:the\s+)?(?:answer\s+key|answers?|key|quiz\s+answers|solutions?)\s*[:.]?$", re.I
)
_KEY_HEADING_WORDS = 3
# A cheap test over the whole text for a line that may head a key or hold it.
_KEY_LINE_START = re.compile(
    r"^[^\S\n]*+(?:the[^\S\n]++)?(?:answer[^\S\n]++key|answers?|key|quiz[^\S\n]++answers|"
    r"solutions?)[^\S\n]*+(?:[:.]|$)",
    re.I | re.M,
)
# "1. B. About 300 U.S. troops ...", "1. B", "1 - B": the key's line for one question.
_KEY_LINE = re.compile(r"^(?:Q\s?)?(\d{1,2})\s*[.):-]?\s*([A-F])(?:[.):]\s|[.):]?\s*$)")
# "Answers: 1-B, 2-C, 3-A": the whole key on one line.
_KEY_PAIR = re.compile(r"\b(\d{1,2})\s*[-.:)]?\s*([A-F])\b")
_KEY_RUN = re.compile(r"^(?:the )?(?:answer key|answers?|key)\s*:\s*(.+)$", re.I)

_MAX_OPTIONS = 6
_MAX_HEADINGS = 4  # (key headings tried, in order, for the one under a quiz)


class _Question(NamedTuple):
    line: int  # its numbered line
    stem_end: int  # the line after its stem: its first option, or the next item or the key
    options: tuple[tuple[int, str, str], ...]  # (line, letter, words) in order


class _Quiz(NamedTuple):
    questions: dict[int, _Question]
    key: dict[int, str]  # question number -> letter
    items: dict[int, tuple[int, int, int]]  # number -> (line, start, end) of its key item


def _key(
    lines: list[ArticleLine], start: int
) -> tuple[dict[int, str], dict[int, tuple[int, int, int]]]:
    """Question number -> letter, and where the key tells it, from line `start` on."""
    key: dict[int, str] = {}
    items: dict[int, tuple[int, int, int]] = {}
    for i in range(start, len(lines)):
        line = lines[i]
        run = _KEY_RUN.match(line.text)
        if run:
            for m in _KEY_PAIR.finditer(line.text, run.start(1)):
                n = int(m.group(1))
                key[n] = m.group(2)
                items[n] = (i, line.start + m.start(), line.start + m.end())
            continue
        m = _KEY_LINE.match(line.text)
        if m and int(m.group(1)) not in key:
            key[int(m.group(1))] = m.group(2)
            items[int(m.group(1))] = (i, line.start, -1)  # (runs to the next item)
    return key, items


def _questions(lines: list[ArticleLine], end: int) -> dict[int, _Question]:
    """Question number -> its question, for the numbered items before line `end`."""
    found: dict[int, _Question] = {}
    i = 0
    while i < end:
        m = _NUMBERED.match(lines[i].text)
        if not m:
            i += 1
            continue
        j = i + 1  # the stem runs on to its first option, the next item or the key
        while j < end and not _OPTION.match(lines[j].text) and not _NUMBERED.match(lines[j].text):
            j += 1
        options: list[tuple[int, str, str]] = []
        k = j
        while k < end and len(options) < _MAX_OPTIONS:
            o = _OPTION.match(lines[k].text)
            if not o or o.group(1).upper() != "ABCDEF"[len(options)]:
                break
            options.append((k, o.group(1).upper(), o.group(2).strip()))
            k += 1
        if len(options) >= 2 or any("?" in lines[x].text for x in range(i, j)):
            found[int(m.group(1))] = _Question(i, j, tuple(options) if len(options) >= 2 else ())
        i = max(k, i + 1)
    return found


def _read_quiz(lines: list[ArticleLine]) -> _Quiz | None:
    """The quiz above its answer key, or None when no key answers every question that has
    options with a letter among them (then it is no quiz key)."""
    headings = [
        i
        for i, ln in enumerate(lines)
        if ln.words <= _KEY_HEADING_WORDS and _KEY_HEADING.match(ln.text)
    ][:_MAX_HEADINGS]
    tries = [(h, h + 1) for h in headings]
    if not tries:  # the whole key on one line, its own heading
        run = next((i for i, ln in enumerate(lines) if _KEY_RUN.match(ln.text)), None)
        tries = [] if run is None else [(run, run)]
    for heading, key_from in tries:
        key, items = _key(lines, key_from)
        questions = _questions(lines, heading)
        offered = {n: q for n, q in questions.items() if q.options}
        if len(offered) >= 2 and all(
            key.get(n) in {letter for _, letter, _ in q.options} for n, q in offered.items()
        ):
            return _Quiz(questions, key, items)
    return None


def has_quiz(text: str) -> bool:
    """A cheap test: an answer key's word."""
    return any(w in text for w in ("nswer", "NSWER", "Key", "KEY", "olution", "OLUTION"))


def flag_wrong_options(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag each question's options other than the one its answer key gives."""
    quiz = _read_quiz(lines)
    if quiz is None:
        return
    for n, question in quiz.questions.items():
        for i, letter, _ in question.options:
            if letter != quiz.key.get(n) and i not in flags:
                flags[i] = "quiz wrong option"


KeyedQuestion = tuple[tuple[int, int], dict[str, str], tuple[int, int], str]


def keyed_questions(text: str) -> dict[int, KeyedQuestion]:
    """Question number -> (stem span, options by letter, key item span, key letter), for the
    questions asked above an answer key and answered in it; {} with no quiz key."""
    if not has_quiz(text) or _KEY_LINE_START.search(text) is None:
        return {}
    lines = article_lines(text)
    quiz = _read_quiz(lines)
    if quiz is None:
        return {}

    def start(i: int) -> int:
        return lines[i].start if i < len(lines) else len(text)

    out: dict[int, KeyedQuestion] = {}
    for n, q in quiz.questions.items():
        if n not in quiz.items:
            continue
        at, s, e = quiz.items[n]
        if e < 0:  # a key line's item runs to the next numbered line
            nxt = next(
                (
                    j
                    for j in range(at + 1, len(lines))
                    if _NUMBERED.match(lines[j].text) or _KEY_LINE.match(lines[j].text)
                ),
                len(lines),
            )
            e = start(nxt)
        options = {letter: words for _, letter, words in q.options}
        out[n] = ((lines[q.line].start, start(q.stem_end)), options, (s, e), quiz.key[n])
    return out
