"""A presentation exported as its notes pages: each slide's text and the presenter's notes.

A slide program's "Notes Pages" export, saved as text, gives every slide the same record:
its counter ("Slide 3 of 12", "Slide 3/12"), "Title:", "Slide text:" with the slide's terse
bullets, the deck's "Footer:" and "Speaker notes:" ("Speaker's notes:", "Presenter notes:",
"Notes:"), what the presenter says over the slide. The title, the bullets and the notes are
the report; the counter, the footer and the labels are the export's bookkeeping. Inside the
notes, cues to the presenter ("[click]", "[pause for poll]") are no words of the report, and
neither is the session's housekeeping ("Welcome. We're recording.", "Thank the audience.").
A bullet that only holds a picture's placeholder ("[Map: ...]") stands for a picture; one
that announces the next session is a promotion.

The text is read once (`_read`): its counters, its labels, each slide's record (from its
counter to the next, and where its notes open) and each "Slide text:" block. A text is a
notes export when it holds a notes label and two counters or more, or counters that number
the whole deck (a one-slide deck's "Slide 1 of 1"). The flagging marks the bookkeeping from
that reading, and the extractor reads the same records: `slide_text_blocks` and
`in_slide_text_block` (a bullet is the slide's shorthand of what the notes tell with their
source, no one's statement), `is_notes_label` (the label heads the presenter's own words, no
one's speech), `slide_records` and `bullet_lines`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from briefdeck.ingest.line_kinds import ArticleLine

# "Slide 3 of 12", "Slide 3/12": the export's counter over each slide's record.
_COUNTER = re.compile(r"slide\s+(\d{1,3})\s*(?:of|/)\s*(\d{1,3})", re.IGNORECASE)
_COUNTER_LEN = 20  # (a counter is a short line: longer lines are not tried)
# The record's labels, alone on their line or opening it ("Title: Bottom line"); the notes'
# label is spelt "Speaker notes:", "Speaker's notes:", "Presenter notes:" or "Notes:".
_LABEL = re.compile(
    r"(?:(?P<notes>(?:(?:speaker|presenter)(?:['’]s)?\s*)?notes)|"
    r"(?P<text>(?:slide\s+)?text)|(?P<footer>footer)|(?:slide\s+)?title)\s*:",
    re.IGNORECASE,
)
_LABEL_LEN = 40  # (the longest label, "Presenter's notes:", with room for spacing)
# "- ", "• ", "* ", "– ": a bullet opening its line.
_BULLET = re.compile(r"^[ \t]*+[-*\u2022\u00b7\u2013][ \t]++(?=\S)", re.M)
# "[click]", "[pause]", "[pause for poll]", "[next slide]": a cue to the presenter.
_CUE = re.compile(
    r"\[(?:click|pause|next slide|advance|build|animation|transition|"
    r"poll|demo|video|beat)\b[^\]\n]{0,30}\]",
    re.IGNORECASE,
)
# "[Map: ...]", "[Image]", "[Chart: strikes by week]": a picture's placeholder on the slide.
_PLACEHOLDER = re.compile(
    r"^(?:[-*•·–]\s+)?\[(?:map|image|picture|photo|chart|graph|graphic|"
    r"figure|diagram|logo|video|screenshot|table)\b[^\]\n]{0,200}\]$",
    re.IGNORECASE,
)
# "(skip unless asked)": a stage direction on a line of its own.
_DIRECTION = re.compile(r"^[(\[][^()\[\]\n]{1,60}[)\]]$")
# "- Next webinar: Thursday 10 December, 14:00 GMT": the next session's announcement.
_NEXT_SESSION = re.compile(
    r"^(?:[-*•·–]\s+)?next\s+(?:webinar|session|briefing|call|"
    r"episode|meeting|update|event)\s*:",
    re.IGNORECASE,
)
# "End of Notes Pages export": the export's closing line.
_EXPORT_END = re.compile(
    r"^[-=*\s]*end of (?:the )?(?:notes pages?|slides?|presentation|"
    r"deck)?\s*export\b",
    re.IGNORECASE,
)
# The session's housekeeping, as the presenter says it: no words of the report.
_HOUSEKEEPING = re.compile(
    r"\b(?:welcome|we['’]re recording|recording (?:goes|will go|is)|"
    r"q ?& ?a|questions? (?:in|to) the|thank (?:the audience|you all|"
    r"everyone)|thanks for joining|slides will be|on mute|the chat box)\b",
    re.IGNORECASE,
)
_HOUSEKEEPING_WORDS = 20
_MIN_COUNTERS = 2


class _Deck(NamedTuple):
    """A notes export as read once: its marked lines, slides and "Slide text:" blocks."""

    marks: dict[int, tuple[str, int]]  # a line's start -> (its kind, where its label ends)
    records: tuple[tuple[int, int, int], ...]  # (start, end, where the notes open) a slide
    blocks: tuple[tuple[int, int, int], ...]  # (label's start, bullets' start, end)


def _line_mark(line: str) -> tuple[str, int] | None:
    """("counter", its length) or (the label's kind, where it ends) for a stripped line."""
    if line[:5].lower() == "slide" and len(line) <= _COUNTER_LEN and _COUNTER.fullmatch(line):
        return "counter", len(line)
    label = _LABEL.match(line, 0, _LABEL_LEN) if line[:1].isalpha() else None
    if label is None:
        return None
    kind = "notes" if label.group("notes") else "text" if label.group("text") else None
    return kind or ("footer" if label.group("footer") else "label"), label.end()


def _numbers(counter: str) -> tuple[int, int]:
    """(the slide's number, the deck's count) from its counter line."""
    m = _COUNTER.fullmatch(counter)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


def _counts_the_deck(numbers: list[tuple[int, int]]) -> bool:
    """Enough counters to be a deck: two or more, or all of the deck ("Slide 1 of 1")."""
    n = len(numbers)
    return n >= _MIN_COUNTERS or (n > 0 and numbers == [(k + 1, n) for k in range(n)])


def _counter_line_in(text: str) -> bool:
    """A cheap test: some line opens with "Slide " and a digit."""
    at = text.find("lide ")
    while at >= 0:
        if at > 0 and text[at - 1] in "Ss" and text[at + 5 : at + 9].lstrip()[:1].isdigit():
            head = at - 1
            while head > 0 and text[head - 1] in " \t":
                head -= 1
            if head == 0 or text[head - 1] in "\r\n":
                return True
        at = text.find("lide ", at + 5)
    return False


@lru_cache(maxsize=8)
def _read(text: str) -> _Deck | None:
    """The text read as a notes export (see the module's doc); None when it is none."""
    if "lide " not in text or "otes" not in text or not _counter_line_in(text):
        return None
    marks: dict[int, tuple[str, int]] = {}
    counters: list[int] = []
    numbers: list[tuple[int, int]] = []
    notes_at: list[int] = []  # each slide's notes label, or -1
    blocks: list[tuple[int, int, int]] = []
    block: tuple[int, int] | None = None
    has_notes = False
    pos = 0
    for raw in text.split("\n"):
        line = raw.strip()
        start = pos + len(raw) - len(raw.lstrip())
        mark = _line_mark(line) if line else None
        if block is not None and (mark is not None or not line):
            blocks.append((*block, pos - 1))  # a blank line or the next label ends it
            block = None
        if mark is not None:
            marks[start] = mark
            kind, end = mark
            if kind == "counter":
                counters.append(start)
                numbers.append(_numbers(line))
                notes_at.append(-1)
            elif kind == "notes":
                has_notes = True
                if notes_at and notes_at[-1] < 0:
                    notes_at[-1] = start
            elif kind == "text":  # the bullets: after the label, or from the next line
                block = (start, start + end if line[end:].strip() else pos + len(raw) + 1)
        pos += len(raw) + 1
    if block is not None:
        blocks.append((*block, len(text)))
    if not has_notes or not _counts_the_deck(numbers):
        return None
    records = []
    for n, start in enumerate(counters):
        end = counters[n + 1] if n + 1 < len(counters) else len(text)
        notes = notes_at[n]
        if notes < 0:  # no notes label: the notes open after the slide's last bullet
            last = [m.start() for m in _BULLET.finditer(text, start, end)]
            notes = end if not last else text.find("\n", last[-1], end)
            notes = end if notes < 0 else notes
        records.append((start, end, notes))
    return _Deck(marks, tuple(records), tuple(blocks))


def is_notes_export(text: str) -> bool:
    """Whether text is a deck's notes pages: slide counters and a notes label."""
    return _read(text) is not None


def slide_text_spans(text: str) -> tuple[tuple[int, int], ...]:
    """[start, end) of each slide's text (its bullets) in a notes export; () otherwise."""
    deck = _read(text)
    return tuple((s, e) for _, s, e in deck.blocks if e > s) if deck else ()


def on_slide_text(text: str, pos: int) -> bool:
    """Whether the words at pos are a slide's text (a terse bullet), not the spoken notes."""
    spans = slide_text_spans(text)
    k = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def flag_notes_pages(
    text: str, lines: list[ArticleLine], flags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Flag a notes export's bookkeeping; returns the spans inside kept lines to flag (a
    label opening a title line, a cue inside the notes)."""
    deck = _read(text)
    if deck is None:
        return []
    extra: list[tuple[int, int, str]] = []
    in_notes = False
    for i, line in enumerate(lines):
        t = line.text
        mark = deck.marks.get(line.start)
        if mark is not None:
            kind, end = mark
            in_notes = kind == "notes"
            if kind == "counter":
                flags[i] = "slide counter"
            elif kind == "footer":
                flags[i] = "slide footer"
            elif end >= len(t.rstrip()):
                flags[i] = "slide label"
            else:  # "Title: Bottom line": the label only
                extra.append((line.start, line.start + end, "slide label"))
            continue
        if i in flags:
            continue
        if _EXPORT_END.match(t):
            flags[i] = "export end line"
        elif _PLACEHOLDER.match(t):
            flags[i] = "picture placeholder"
        elif _NEXT_SESSION.match(t):
            flags[i] = "next session"
        elif in_notes and _DIRECTION.match(t):
            flags[i] = "presenter cue"
        elif in_notes and _housekeeping(t):
            flags[i] = "presenter's housekeeping"
        elif in_notes and "[" in t:
            extra += [
                (line.start + m.start(), line.start + m.end(), "presenter cue")
                for m in _CUE.finditer(t)
            ]
    return extra


def _housekeeping(line: str) -> bool:
    """A short note about the session itself, with no figure in it."""
    words = line.split()
    return (
        len(words) <= _HOUSEKEEPING_WORDS
        and not any(c.isdigit() for c in line)
        and _HOUSEKEEPING.search(line) is not None
    )


def is_notes_label(text: str, start: int, end: int) -> bool:
    """The line text[start:end] is a slide's notes label ("Speaker notes:") and nothing else."""
    if end - start > 2 * _LABEL_LEN:
        return False
    line = text[start:end].strip()
    mark = _line_mark(line) if "otes" in line or "OTES" in line else None
    return mark is not None and mark[0] == "notes" and mark[1] == len(line)


def slide_text_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each "Slide text:" block, its label included, up to the slide's notes,
    footer, next label, next slide or a blank line; () when the text is no notes export."""
    deck = _read(text)
    return tuple((s, e) for s, _, e in deck.blocks) if deck else ()


def in_slide_text_block(text: str, at: int) -> bool:
    """The offset `at` lies in a "Slide text:" block."""
    return any(s <= at < e for s, e in slide_text_blocks(text))


def slide_records(text: str) -> list[tuple[int, int, int]]:
    """(start, end, where the notes start) of each slide from its counter, in a notes export;
    with no notes label on a slide, its notes open after the slide's last bullet."""
    deck = _read(text)
    return list(deck.records) if deck else []


def bullet_lines(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """(start, end) of each bullet's words (its mark left out) in text[start:stop]."""
    out = []
    for m in _BULLET.finditer(text, start, stop):
        end = text.find("\n", m.end(), stop)
        out.append((m.end(), stop if end < 0 else end))
    return out
