"""A multiple-choice quiz's wrong options, told from its answer key.

A news quiz asks numbered questions, each over lettered options ("- A. The Iraqi army",
"B) Rumalyn"), and gives the answers in a key at the bottom ("Answer key" over "1. B. ...",
or "Answers: 1-B, 2-C"). The wrong options name real places, groups and numbers that are not
the week's facts: the page says they are wrong. With the key known, each question's options
other than the key's letter are flagged; the right option, the question and the key stay.
Without a key that answers every question asked, nothing is flagged.

The extractor reads the same quiz through `keyed_questions`: each question's stem, its options
by letter, its key item and the key's letter, as offsets in the text. Its rules are the ones
the extractor was tuned with (a stem with no question mark still asks when it has options; a
key item is "6. A." with its words after it), kept as they are so that the drafted facts do not
change.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

# "1. On Monday, ... Which force took over the base?": a numbered question.
_QUESTION = re.compile(r"^(?:Q(?:uestion)?\s?)?(\d{1,2})[.):]\s+\S.*\?\s*[\"'”’)]?$")
# "- A. The Iraqi army", "B) Coyote", "(c) Five": one lettered option.
_OPTION = re.compile(r"^(?:[-*•·–]\s+)?\(?([A-Fa-f])[.)]\s+\S")
# "Answer key", "Answers", "The answers:", "Key": the key's heading.
_KEY_HEADING = re.compile(
    r"^(?:the )?(?:answer key|answers?|key|quiz answers|solutions?)\s*:?$", re.I
)
# "1. B. About 300 U.S. troops ...", "1. B", "1 - B": the key's line for one question.
_KEY_LINE = re.compile(r"^(?:Q\s?)?(\d{1,2})\s*[.):-]?\s*([A-F])(?:[.):]\s|[.):]?\s*$)")
# "Answers: 1-B, 2-C, 3-A": the whole key on one line.
_KEY_PAIR = re.compile(r"\b(\d{1,2})\s*[-.:)]?\s*([A-F])\b")
_KEY_RUN = re.compile(r"^(?:the )?(?:answer key|answers?|key)\s*:\s*(.+)$", re.I)

_MAX_OPTIONS = 6


def _answer_key(lines: list[ArticleLine], start: int) -> dict[int, str]:
    """Question number -> letter, from the key at or after line `start`."""
    key: dict[int, str] = {}
    for line in lines[start:]:
        run = _KEY_RUN.match(line.text)
        if run:
            key.update((int(n), letter) for n, letter in _KEY_PAIR.findall(run.group(1)))
            continue
        m = _KEY_LINE.match(line.text)
        if m:
            key.setdefault(int(m.group(1)), m.group(2))
    return key


def _questions(lines: list[ArticleLine], end: int) -> dict[int, list[tuple[int, str]]]:
    """Question number -> its options (line index, letter), for questions before `end`."""
    found: dict[int, list[tuple[int, str]]] = {}
    i = 0
    while i < end:
        m = _QUESTION.match(lines[i].text)
        if not m:
            i += 1
            continue
        options = []
        j = i + 1
        while j < end and len(options) < _MAX_OPTIONS:
            o = _OPTION.match(lines[j].text)
            if not o or o.group(1).upper() != "ABCDEF"[len(options)]:
                break
            options.append((j, o.group(1).upper()))
            j += 1
        if len(options) >= 2:
            found[int(m.group(1))] = options
        i = j
    return found


def has_quiz(text: str) -> bool:
    """A cheap test: an answer key's word and a question mark."""
    return ("nswer" in text or "Key" in text or "KEY" in text) and "?" in text


def flag_wrong_options(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag each question's options other than the one its answer key gives."""
    heading = next(
        (i for i, ln in enumerate(lines) if ln.words <= 3 and _KEY_HEADING.match(ln.text)), None
    )
    if heading is None:
        heading = next((i for i, ln in enumerate(lines) if _KEY_RUN.match(ln.text)), None)
        if heading is None:
            return
        key = _answer_key(lines, heading)
    else:
        key = _answer_key(lines, heading + 1)
    questions = _questions(lines, heading)
    # every question answered, by a letter among its own options: else it is no quiz key
    if len(questions) < 2 or any(
        key.get(n) not in {letter for _, letter in options} for n, options in questions.items()
    ):
        return
    for n, options in questions.items():
        for i, letter in options:
            if letter != key[n] and i not in flags:
                flags[i] = "quiz wrong option"


# --- The quiz as the extractor reads it (see the module's doc). ---

_KEY_HEAD = re.compile(
    r"^[ \t]*+(?:Answer[ \t]++key|Answers|Quiz[ \t]++answers)[ \t:.]*+$", re.M | re.I
)
_NUMBERED = re.compile(r"^[ \t]*+(?P<n>\d{1,2})\.[ \t]++(?=\S)", re.M)
_OPTION_TEXT = re.compile(
    r"^[ \t]*+(?:[-*\u2022][ \t]++)?(?P<letter>[A-F])[.)][ \t]++"
    r"(?P<text>[^\n]*+)",
    re.M,
)
# "3. C. On Monday ...": the key item's number and the letter of the right option
_KEY_ITEM = re.compile(r"[ \t]*+\d{1,2}\.[ \t]++(?P<letter>[A-F])[.)](?=\s)")

KeyedQuestion = tuple[tuple[int, int], dict[str, str], tuple[int, int], str]


def keyed_questions(text: str) -> dict[int, KeyedQuestion]:
    """Question number -> (stem span, options by letter, key item span, key letter), for the
    questions asked above an answer key's heading and answered under it; {} with no key."""
    key = _KEY_HEAD.search(text)
    if key is None:
        return {}
    key_at = key.start()
    heads = list(_NUMBERED.finditer(text))
    asked: dict[int, tuple[tuple[int, int], dict[str, str]]] = {}
    keyed: dict[int, tuple[tuple[int, int], str]] = {}
    for i, m in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        n = int(m.group("n"))
        if m.start() < key_at:
            stop = min(stop, key_at)
            options = {
                o.group("letter"): o.group("text").strip()
                for o in _OPTION_TEXT.finditer(text, m.end(), stop)
            }
            first = _OPTION_TEXT.search(text, m.end(), stop)
            stem = (m.start(), first.start() if first else stop)
            if len(options) >= 2 or "?" in text[stem[0] : stem[1]]:
                asked[n] = (stem, options)  # (its options left out of the text: still asked)
        elif (k := _KEY_ITEM.match(text, m.start())) is not None:
            keyed[n] = ((m.start(), stop), k.group("letter"))
    return {n: (asked[n][0], asked[n][1], keyed[n][0], keyed[n][1]) for n in asked if n in keyed}
