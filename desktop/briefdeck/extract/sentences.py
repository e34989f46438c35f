"""Sentences with their offsets in the article, boilerplate left out.

Extraction only ever looks at text that is reporting: boilerplate spans from ingest, plus page
furniture it may have missed (browser warnings, "Download the app", photo captions with a
credit), never become facts. Every sentence keeps its absolute offsets so each fact can point
at the exact words it came from.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from briefdeck.extract.abbreviated_words import MONTHS, TITLES

# Words that end in a full stop without ending a sentence: ranks, titles and months (one list
# with compose's), and the shortened words of firms, names, numbers and measures.
ABBREVIATIONS = frozenset(word.lower() for word in (*TITLES, *MONTHS)) | frozenset(
    "no nos vol jr sr inc corp co ltd vs etc approx est dept ft mt a.m p.m".split()
)
# Of those, the ones that may also close a sentence ("at 9 p.m.", "in the U.S.", "etc."),
# unlike a title, which always runs on into a name: these end one when the next word is one a
# sentence opens with and a name never holds ("... at 9 p.m. The drones ...").
_MAY_CLOSE = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec no nos inc corp co ltd etc approx
    est dept ft a.m p.m jr sr""".split()
)
_OPENER = re.compile(r"\s+[\"“‘(]?(?:The|A|An|This|That|These|Those|It|Its|He|She|His|Her|They|"
                     r"Their|We|Our|There|But|However|Meanwhile)\b(?![.'’-])")

# A line that is page furniture rather than reporting (only short lines are considered).
# (Kept apart, what may stand anywhere and what only opens a line: searched on its own, the
# first is several times cheaper than the whole with its "^" branches.)
_JUNK_ANYWHERE = (
    r"is not supported|download the .{0,40}\bapp\b|sign up for|subscribe (?:to|now)|"
    r"click here|share (?:this|on)|follow us|all rights reserved|"
    r"cookie|privacy policy|terms of (?:use|service)|skip to (?:main )?content|newsletter|"
    r"copyright|©"
)
_JUNK_OPENING = r"advertisement\s*$|(?:log|sign) in\b|(?:related|read more|watch|more from)\b"
JUNK_LINE = re.compile(rf"{_JUNK_ANYWHERE}|^\s*(?:{_JUNK_OPENING})", re.I)
# Photo captions end with (or carry) a picture credit.
CAPTION_CREDIT = re.compile(
    r"(?:/\s*(?:AFP|AP|Reuters|EPA|Getty Images)\b|\bvia Getty Images\b|\bAP Photo\b|"
    r"\bGetty Images\s*$|\b(?:Photo|Image|Credit):)",
)


def _credit_cue(line: str) -> bool:
    """Whether CAPTION_CREDIT can match: each of its shapes holds one of these."""
    return "/" in line or "Getty Images" in line or "AP Photo" in line or ":" in line


# A full stop, closing quotes or brackets, and any note markers ("...on May 2.[4] The", or a
# PDF's superscript number run into the stop: "...near the border.3 On"), before a capital,
# a digit or an opening quote (typewriter-style records such as the Congressional Record open
# a quotation with two backticks and close it with two apostrophes: "... without
# exploding.\n  ``They want ...").
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?:\[\d{1,3}\]|(?<=[a-z][.\"”’)])\d{1,2}(?=\s+[A-Z]))*"
                           r"(?=\s+(?:``|[\"“‘(\[])?[A-Z0-9])")
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")
_QUOTED = re.compile(r"\"[^\"\n]{3,1200}\"|“[^”\n]{3,1200}”")
# In hard-wrapped text a quotation may run on over one line break (never a blank line).
_QUOTED_WRAPPED = re.compile(
    r"\"(?:[^\"\n]|\n(?!\s*\n)){3,1200}\"|“(?:[^”\n]|\n(?!\s*\n)){3,1200}”"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+$")
_ON_PLATFORM = re.compile(r"\b(?:on|to|via|from)\s+X$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (line block) it belongs to


def inside(spans: list[tuple[int, int]], start: int, end: int | None = None) -> bool:
    """True when [start, end) lies within one of the sorted, non-overlapping spans."""
    end = start + 1 if end is None else end
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


@dataclass
class Document:
    """The article as extraction sees it: text, sentences and where reporting lies."""

    text: str
    sentences: list[Sentence]
    skipped: list[tuple[int, int]] = field(default_factory=list)  # boilerplate + page junk
    wrapped: bool = False  # hard-wrapped text (pasted from a PDF): paragraphs span lines
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing offset pos (None when pos is in skipped text)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Spans of the text inside quotation marks (with the marks), in order."""
        pattern = _QUOTED_WRAPPED if self.wrapped else _QUOTED
        return [m.span() for m in pattern.finditer(self.text)]

    @cached_property
    def paragraph_spans(self) -> list[tuple[int, int, int]]:
        """(start, end, number) of each paragraph, from its sentences (read once: quotes,
        people and debate turns each want them)."""
        spans: list[tuple[int, int, int]] = []
        for sent in self.sentences:
            if spans and spans[-1][2] == sent.paragraph:
                spans[-1] = (spans[-1][0], sent.end, sent.paragraph)
            else:
                spans.append((sent.start, sent.end, sent.paragraph))
        return spans

    def is_reporting(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside one kept sentence."""
        sent = self.sentence_at(start)
        return sent is not None and end <= sent.end


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# JUNK_LINE without re.I, for a lower-cased line: the case-blind scan costs several times more.
_JUNK_LOWER = re.compile(_JUNK_ANYWHERE)
_JUNK_LOWER_OPENING = re.compile(rf"\s*(?:{_JUNK_OPENING})")


def _junk(line: str) -> bool:
    low = line.lower()
    if len(low) != len(line) or "ı" in low or "ſ" in low:  # (see lowered.py)
        return JUNK_LINE.search(line) is not None
    return _JUNK_LOWER.search(low) is not None or _JUNK_LOWER_OPENING.match(low) is not None


_NAV_BAR = re.compile(r"^\s*[^|•·]{1,30}(?:\s[|•·]\s[^|•·]{1,30}){2,}\s*$")


def junk_lines(text: str) -> list[tuple[int, int]]:
    """Short lines that are page furniture or photo captions."""
    found = []
    pos = 0
    for line in text.split("\n"):
        words = len(line.split())
        if words and words <= 25 and (_junk(line) or _NAV_BAR.match(line)):
            found.append((pos, pos + len(line)))
        elif words and words <= 90 and _credit_cue(line) and CAPTION_CREDIT.search(line):
            found.append((pos, pos + len(line)))
        pos += len(line) + 1
    return found


def _kept_pieces(start: int, end: int, skipped: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) minus the skipped spans (sorted, merged)."""
    pieces = []
    i = bisect.bisect_right(skipped, (start, 1 << 62)) - 1
    i = max(i, 0)
    cur = start
    while i < len(skipped) and skipped[i][0] < end:
        s, e = skipped[i]
        if e > cur:
            if s > cur:
                pieces.append((cur, s))
            cur = max(cur, e)
        i += 1
    if cur < end:
        pieces.append((cur, end))
    return pieces


def _split_piece(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside one paragraph piece."""
    out = []
    cur = start
    for m in _SENTENCE_END.finditer(text, start, end):
        dot = m.start()
        if text[dot] == ".":
            word = _LAST_WORD.search(text, max(cur, dot - 20), dot + 1)
            if word:
                token = word.group(1)
                platform = token == "X" and _ON_PLATFORM.search(text, max(cur, dot - 12), dot)
                word = token.lower().rstrip(".")
                initials = _INITIALS.fullmatch(token + ".")
                if not platform and (word in ABBREVIATIONS or initials) and not (
                        (initials and len(token) > 2 or word in _MAY_CLOSE)
                        and _OPENER.match(text, m.end())):
                    continue
                if len(token) == 1 and token.isupper() and not platform:
                    continue  # a middle initial ("in a post on X." ends a sentence)
        out.append((cur, m.end()))
        cur = m.end()
    out.append((cur, end))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def build_document(text: str, boilerplate: Iterable[tuple[int, int]] = ()) -> Document:
    skipped = merge_spans([*boilerplate, *junk_lines(text)])
    sentences: list[Sentence] = []
    blocks, wrapped = paragraphs(text)
    for paragraph, (block_start, block_end) in enumerate(blocks):
        for piece_start, piece_end in _kept_pieces(block_start, block_end, skipped):
            for s, e in _split_piece(text, piece_start, piece_end):
                s, e = _trimmed(text, s, e)
                if e - s >= 2:
                    sentences.append(Sentence(s, e, text[s:e], paragraph))
    return Document(text, sentences, skipped, wrapped)


# A line that opens an item of its own even in wrapped text: a bullet, a number, a heading.
_ITEM_START = re.compile(r"\s*(?:[-•*–—▪●◦]\s|\d{1,2}[.)]\s|[A-Z][A-Z /&-]{3,}$)")
# "3 The council first reported ...": a note's number opening a line after a full stop.
_NOTE_START = re.compile(r"\d{1,3} [A-Z]")
_WRAP_MAX = 120  # hard-wrapped lines are at most this long
_WRAP_SHARE = 0.6  # ... and most long lines end mid-sentence


def paragraphs(text: str) -> tuple[list[tuple[int, int]], bool]:
    """[start, end) of every paragraph, and whether the text is hard-wrapped.

    Most articles hold a paragraph per line. Text pasted from a PDF or an e-mail breaks
    every line at a fixed width instead, mid-sentence ("Rapid Support\nForces"): there a
    long line runs on into the next, and only a short line (a paragraph's last) ends it."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    # A PDF's column may come out double-spaced, a blank line after every wrapped line: there
    # one blank line no more ends a paragraph than a line break does (and the column's
    # lines, most of the text, set the width, not the notes and summaries across the page).
    gaps = [b[0] - a[1] for a, b in zip(lines, lines[1:], strict=False)]
    gap = 2 if gaps and gaps.count(2) >= 0.9 * len(gaps) else 1
    width = _wrap_width(text, lines, 0.9 if gap == 1 else 0.75)
    if width is None or gap == 2 and sum(e - s >= 0.7 * width for s, e in lines) < \
            0.6 * len(lines):
        return lines, False  # (double-spaced short lines, mostly: a table's cells)
    blocks: list[tuple[int, int]] = []
    for start, end in lines:
        if blocks:
            prev_start, prev_end = blocks[-1]
            last_line = text.rfind("\n", prev_start, prev_end) + 1 or prev_start
            runs_on = (
                (start == prev_end + 1 or start - prev_end == gap and  # (the text's spacing:
                 text[prev_end - 1] not in ".!?:;\"”’')" and  # a line ending mid-sentence
                 "\t" not in text[last_line:end])  # outside a table)
                # no blank line between
                and (prev_end - last_line) >= 0.7 * width
                and not _ITEM_START.match(text, start, end)
                and not (text[prev_end - 1] in ".!?" and _NOTE_START.match(text, start, end))
            )
            if runs_on:
                blocks[-1] = (prev_start, end)
                continue
        blocks.append((start, end))
    return blocks, True


def _wrap_width(text: str, lines: list[tuple[int, int]], share: float = 0.9) -> int | None:
    """The width text is wrapped at, or None when lines are paragraphs."""
    lengths = sorted(e - s for s, e in lines)
    if len(lengths) < 3:
        return None
    width = lengths[int(len(lengths) * share)]
    if width > _WRAP_MAX or width < 40:
        return None
    long = [(s, e) for s, e in lines if e - s >= 0.7 * width]
    open_ended = sum(1 for s, e in long if text[e - 1] not in ".!?:;\"”’')")
    return width if len(long) >= 3 and open_ended >= _WRAP_SHARE * len(long) else None


def words_back(text: str, pos: int, words: int, floor: int = 0) -> int:
    """The offset `words` words before pos, a word being any run of characters other than
    spaces (not before floor, and from the start of the word pos is in): a match that reads
    at most that many words before pos cannot begin earlier."""
    if pos <= floor:
        return pos
    if floor < 0 or pos > len(text):
        return _words_back_loop(text, pos, words, floor)
    # Read backwards with one regex match on the reversed stretch before pos (a character
    # loop costs ten times more). A window that may cut a word or more off is widened.
    back = _BACK.get(words) or _back_pattern(words)
    width = 16 * words + 32
    while True:
        lo = max(floor, pos - width)
        stretch = text[lo:pos][::-1]
        took = back.match(stretch).end()
        if lo == floor or (took < len(stretch) and not stretch[took:].isspace()):
            return pos - took
        width *= 4


_BACK: dict[int, re.Pattern[str]] = {}


def _back_pattern(words: int) -> re.Pattern[str]:
    """On reversed text: the rest of the word pos is in, then up to `words` whole words
    with the spaces before each (\\s is str.isspace, as in the loop below)."""
    _BACK[words] = re.compile(rf"\S*(?:\s+\S+){{0,{max(words, 0)}}}")
    return _BACK[words]


def _words_back_loop(text: str, pos: int, words: int, floor: int) -> int:
    """words_back a character at a time (for offsets outside the text)."""
    while pos > floor and not text[pos - 1].isspace():
        pos -= 1
    for _ in range(words):
        j = pos
        while j > floor and text[j - 1].isspace():
            j -= 1
        k = j
        while k > floor and not text[k - 1].isspace():
            k -= 1
        if j == pos or k == j:
            break
        pos = k
    return pos


_WORD_START = re.compile(r"\b[A-Za-z]")


def finditer_near(pattern: re.Pattern[str], anchor: re.Pattern[str], scan: str, text: str,
                  start: int, end: int, words: int,
                  starts: re.Pattern[str] = _WORD_START):  # noqa: ANN201
    """pattern.finditer(text, start, end), for a pattern whose every match holds a hit of
    `anchor` (searched in `scan`: text or its lower-cased copy), the first of them at most
    `words` words from where the match opens, on a match of `starts` (by default an ASCII
    letter at a word start). Only the openings that close to a hit are tried, not every word
    of the text; the leftmost match is the one finditer gives."""
    pos = start
    while pos < end:
        hit = anchor.search(scan, pos, end)
        if hit is None:
            return
        at = hit.start()
        for w in starts.finditer(text, words_back(text, at, words, pos), at + 1):
            m = pattern.match(text, w.start(), end)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = at + 1
