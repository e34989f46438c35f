"""A printed bill's (or a court filing's) line numbers left out, its wrapped lines rejoined.

A bill as introduced prints a number at the start of every line, starting again at 1 on each
page ("1 Be it enacted by the Senate ...", "2 the United States of America ..."). Read as
they are, those numbers become figures ("2 the United States" -> two of something) and every
sentence is broken at each line. Here a run of at least _MIN_RUN lines numbered 1, 2, 3 ...
in order loses its numbers, and the run's lines are joined back into paragraphs: a new
paragraph starts at a bill's item marker ("(a)", "(1)", "(A)", "(i)", "SEC. 2.") and after a
line ending a heading ("--" or ":"); a word broken at a line end is made whole
(hyphens.join_hyphenated). Lines outside the runs (page markers, the bill's header) stay
as they are. The text returned is what the Article holds, so every span points into it.

A numbered log, a chronology or a "top 10" list also counts 1, 2, 3 ... at its lines' starts,
but its lines are whole entries: most end a sentence, and a day-numbered log's numbers are
days ("1 Nov - ...", "2 Nov - ..."). A run reads as a page's line numbers only when most of
its lines break off mid-sentence, as set text wrapped at the margin does, and its numbers are
not followed by month names.
"""

from __future__ import annotations

import re

from briefdeck.ingest.hyphens import join_hyphenated, vocabulary

_NUMBERED = re.compile(r"^ {0,3}(\d{1,2}) +(?=\S)")
# Cheap test first: a line "1 ..." followed by a line "2 ...".
_SIGNATURE = re.compile(r"^ {0,3}1 +\S[^\n]*\n {0,3}2 +\S", re.MULTILINE)
_ITEM = re.compile(r"^(?:\((?:[a-z]{1,4}|[A-Z]{1,3}|\d{1,3})\)|(?:SEC|Sec)\.|SECTION\b|TITLE\b)")
_MIN_RUN = 10  # a numbered list is shorter; a bill's page has ~25 lines
_MIN_MEAN_CHARS = 30  # a run of short numbered items (a contents list) is not set text
_MAX_ENDED_SHARE = 0.5  # a wrapped page's lines mostly end mid-sentence; a list's entries end
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]?\s*$")
_DAY_OF_MONTH = re.compile(r"^ {0,3}\d{1,2} +(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|"
                           r"Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
                           r"Nov(?:ember)?|Dec(?:ember)?)\b")
_MAX_PAGE_BREAK = 6  # lines between two pages' numbered runs: footer, marker, page number
WARNING = "printed line numbers left out, and the numbered lines joined into paragraphs"


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last + 1) of each run of lines numbered 1, 2, 3 ... in order."""
    runs: list[tuple[int, int]] = []
    start, expected = -1, 0
    for i, line in enumerate([*lines, ""]):
        m = _NUMBERED.match(line)
        n = int(m.group(1)) if m else -1
        if start >= 0 and n == expected:
            expected += 1
            continue
        if start >= 0:
            runs.append((start, i))
        start, expected = (i, 2) if n == 1 else (-1, 0)
    return [
        (a, b) for a, b in runs
        if b - a >= _MIN_RUN and sum(len(x) for x in lines[a:b]) / (b - a) >= _MIN_MEAN_CHARS
        and _wrapped(lines[a:b])
    ]


def _wrapped(run: list[str]) -> bool:
    """Whether a numbered run reads as set text wrapped at a margin, not as a list of entries
    (each a whole sentence) or a log by day of the month."""
    ended = sum(bool(_ENDS_SENTENCE.search(line)) for line in run)
    days = sum(bool(_DAY_OF_MONTH.match(line)) for line in run)
    return ended < _MAX_ENDED_SHARE * len(run) and days < _MAX_ENDED_SHARE * len(run)


def _paragraphs(lines: list[str], vocab: set[str]) -> list[str]:
    paras: list[str] = []
    for line in lines:
        line = _NUMBERED.sub("", line, count=1).strip()
        if not paras or _ITEM.match(line) or paras[-1].endswith(("--", ":", "—")):
            paras.append(line)
        else:
            paras[-1] = _join(paras[-1], line, vocab)
    return paras


def _join(para: str, line: str, vocab: set[str]) -> str:
    if para.endswith(("-", "\xad")):
        return join_hyphenated(para, line, vocab)
    return f"{para} {line}"


def strip_line_numbers(text: str, warnings: list[str] | None = None) -> str:
    """The text without its printed line numbers, or the text unchanged when it has none."""
    if not _SIGNATURE.search(text):
        return text
    lines = text.split("\n")
    runs = _runs(lines)
    if not runs:
        return text
    vocab = vocabulary([text])
    out: list[str] = []
    done, last = 0, -1  # last: where in out the previous run's last paragraph is
    for a, b in runs:
        paras = _paragraphs(lines[a:b], vocab)
        gap = lines[done:a]
        # A sentence running on over a page break: the page's furniture lines (its marker,
        # its page number) go after the sentence, which reads whole.
        if last >= 0 and len(gap) <= _MAX_PAGE_BREAK and paras[0][:1].islower():
            out[last] = _join(out[last], paras.pop(0), vocab)
        out.extend(gap)
        if paras:
            out.append("\n\n".join(paras))
            last = len(out) - 1
        done = b
    out.extend(lines[done:])
    if warnings is not None:
        warnings.append(WARNING)
    return "\n".join(out)


# A transcript page read from a PDF: the reader gives each margin number on a line of its own
# above the words of its line ("1" / "THE COURT: Good morning." / "2" / "versus ..."), and
# reflowing the page would set the numbers inside the sentences ("on 6 August 14", read as
# a figure "6 August"). Such a page is rebuilt before it is reflowed: its numbers left out,
# its lines joined into paragraphs, one a speaker's turn.
_BARE_NUMBER = re.compile(r" {0,12}(\d{1,2})")
# A new paragraph: an indented line (a turn's first line is set in), a speaker's label
# ("THE COURT:", "MR. ROE:", "Q." / "A." in a deposition), a bracketed note ("(Recess.)"),
# a signature ("/s/ Jane Roe").
_TURN_START = re.compile(r"(?:\s{2,}|\(|/s/|(?:Q|A)\.\s|(?:THE\s+[A-Z]+|M(?:R|S|RS)\.\s+[A-Z'’-]+|"
                         r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)\s*:\s)")


def _margin_run(lines: list[str]) -> tuple[int, int] | None:
    """(first, last + 1) of the page's run of margin numbers 1, 2, 3 ..., each on a line of
    its own with at most one line of words after it; None when the page has no such run."""
    start, expected, end = -1, 1, -1
    i = 0
    while i < len(lines):
        m = _BARE_NUMBER.fullmatch(lines[i])
        if m and int(m.group(1)) == expected:
            start = i if expected == 1 else start
            expected += 1
            i += 1
            if i < len(lines) and not _BARE_NUMBER.fullmatch(lines[i]):
                i += 1  # the numbered line's words
            end = i
            continue
        if expected - 1 >= _MIN_RUN:
            break  # the run ends at the first line that is neither its number nor its words
        if expected > 1:  # a "1" that no run followed (a page number): look on from here
            start, expected = -1, 1
            continue
        i += 1
    return (start, end) if expected - 1 >= _MIN_RUN else None


def drop_margin_numbers(page: str) -> str:
    """A PDF page's text with its margin line numbers left out and its numbered lines joined
    into paragraphs (blank lines between them), or the page unchanged when it has none. The
    furniture under the numbered lines (the reporter's footer, the page number) is set before
    the page's head, so that a sentence cut by the page break meets its rest across the
    furniture of the break alone (pdf.join_pages lifts that out)."""
    if "1\n" not in page:
        return page  # (cheap test: the first margin number on a line of its own)
    lines = page.split("\n")
    run = _margin_run(lines)
    if run is None:
        return page
    start, end = run
    paras: list[str] = []
    para = ""
    numbered = False  # the line before was a margin number: its line's words come next
    for line in lines[start:end]:
        if _BARE_NUMBER.fullmatch(line):
            if numbered and para:  # a numbered line left blank ends the paragraph above it
                paras.append(para)
                para = ""
            numbered = True
            continue
        numbered = False
        if not para or _TURN_START.match(line) or para.isupper():  # (a heading over it)
            if para:
                paras.append(para)
            para = line.strip()
        elif para.endswith(("-", "\xad")):
            para = join_hyphenated(para, line.strip(), None)
        else:
            para = f"{para} {line.strip()}"
    if para:
        paras.append(para)
    furniture = [ln.strip() for ln in lines[end:] + lines[:start] if ln.strip()]
    return "\n\n".join(furniture + paras)
