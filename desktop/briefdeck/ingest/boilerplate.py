"""Boilerplate in an article's text: page furniture that is not reporting.

Spans stay visible in the text; extraction skips facts inside them. Classification is by
line: a rule table (name, pattern, longest line it applies to) plus a few heuristics for
menus and lists of other stories clustered before or after the story itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.ingest.rules import RULES, I, Rule

__all__ = [
    "RULES",
    "Flag",
    "Rule",
    "classify",
    "find_boilerplate",
    "is_byline",
    "is_prose",
    "merge",
]

_IMAGE_FILE = re.compile(r"\b[\w-]{1,120}\.(?:jpe?g|png|gif|webp|tiff?|heic|bmp|svg)\b", I)
_MENU_SEPARATOR = re.compile(r"\s+(?:[|•·»›>/])\s+|\s*[|•·]\s*")
_BREADCRUMB = re.compile(r"\s[›»>]\s")  # "World › Middle East": two items are enough
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
# "By Ana Flores", "BY ANA FLORES", "By Staff": not "By Monday, 300 troops had left."
_BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z]|,?$)")
_DATE_LIKE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    I,
)
_BULLET = re.compile(r"^(?:[-*•·–]\s|\d{1,2}[.)]\s)")
_HEADLINE_WORDS = 18  # longer than this, a line without a final stop is still prose
_MENU_WORDS = 3


@dataclass(frozen=True)
class Flag:
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class _Line:
    start: int  # of the stripped content
    end: int
    text: str  # stripped
    words: int


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            out.append(_Line(start, start + len(stripped), stripped, len(stripped.split())))
        pos += len(raw) + 1
    return out


def is_prose(line: str, words: int | None = None) -> bool:
    """A sentence of reporting: ends like a sentence, or is too long to be anything else."""
    words = len(line.split()) if words is None else words
    return words > _HEADLINE_WORDS * 2 or (words >= 5 and bool(_SENTENCE_END.search(line)))


def is_byline(line: str) -> bool:
    return (
        bool(_BYLINE.match(line))
        and len(line.split()) <= 14
        and not (line.endswith(".") and len(line.split()) > 6)
    )


def _is_headline_like(line: _Line) -> bool:
    return (
        "\t" not in line.text
        and line.words <= _HEADLINE_WORDS
        and not _SENTENCE_END.search(line.text)
    )


def _is_listed_story(line: _Line) -> bool:
    """A headline in a list of other stories: bulleted, a question, or without a full stop."""
    bulleted = _BULLET.match(line.text) is not None
    return "\t" not in line.text and (
        _is_headline_like(line)
        or (bulleted and line.words <= 25)
        or (line.text.endswith("?") and line.words <= _HEADLINE_WORDS)
    )


def _is_menu_item(line: _Line) -> bool:
    return (
        line.words <= _MENU_WORDS
        and len(line.text) <= 25
        and "\t" not in line.text
        and not _SENTENCE_END.search(line.text)
        and not is_byline(line.text)
        and not _DATE_LIKE.search(line.text)
        and not any(c.isdigit() for c in line.text)
    )


def _is_menu_bar(line: _Line) -> bool:
    """'Home | World | Politics': three or more short items between visual separators."""
    if line.words > 30 or not _MENU_SEPARATOR.search(line.text):
        return False
    parts = [p for p in _MENU_SEPARATOR.split(line.text) if p.strip()]
    if len(parts) == 2 and not _BREADCRUMB.search(line.text):
        # "FEATURE | MIDDLE EAST": a section label, not "Jane Doe | Staff" under a byline
        return line.text.isupper() and line.words <= 6
    return len(parts) >= 2 and all(
        len(p.split()) <= 4 and not _SENTENCE_END.search(p) for p in parts
    )


def _rule_for(line: _Line) -> str | None:
    if len(line.text) > 1500:  # a whole paragraph (or a runaway line): never furniture
        return None
    for rule in RULES:
        if (
            line.words <= rule.max_words
            and rule.pattern.search(line.text)
            and (rule.in_prose or not is_prose(line.text, line.words))
        ):
            return rule.name
    if _is_menu_bar(line):
        return "navigation"
    return None


_AD_LIST = re.compile(r"sponsored|paid|promoted|partner", I)  # "Advertisement" heads no list
_HEADINGS = {  # a bare heading line of these kinds: which following lines belong to it
    "other stories": _is_listed_story,
    "advertisement": _is_listed_story,
    "tags": lambda line: line.words <= 4 and not _SENTENCE_END.search(line.text),
}


def classify(text: str) -> list[Flag]:
    """Every boilerplate line (or, for an image file name in a sentence, the name alone)."""
    lines = _lines(text)
    rules: list[str | None] = [_rule_for(line) for line in lines]
    flags: dict[int, str] = {i: r for i, r in enumerate(rules) if r}
    extra: list[Flag] = []

    # Lists under a bare heading: "Related" / "Most read" stories, "Tags", "Sponsored".
    for i, rule in enumerate(rules):
        heading = lines[i].text.rstrip(": ")
        if (
            rule not in _HEADINGS
            or ":" in heading
            or (rule == "advertisement" and not _AD_LIST.match(heading))
        ):
            continue
        for j in range(i + 1, min(i + 12, len(lines))):
            if j in flags and flags[j] != rule:
                continue
            if not _HEADINGS[rule](lines[j]):
                break
            flags[j] = rule

    # Image file names: the whole line when it is little more than the name.
    for i, line in enumerate(lines):
        if i in flags:
            continue
        for m in _IMAGE_FILE.finditer(line.text):
            if line.words <= 8:
                flags[i] = "image file name"
                break
            extra.append(Flag(line.start + m.start(), line.start + m.end(), "image file name"))

    # Menus and other stories clustered before the first or after the last paragraph.
    prose = [
        i for i, line in enumerate(lines) if i not in flags and is_prose(line.text, line.words)
    ]
    if prose:
        _flag_menu_runs(lines, flags, range(0, prose[0]))
        tail = range(prose[-1] + 1, len(lines))
        _flag_menu_runs(lines, flags, tail)
        _flag_headline_runs(lines, flags, tail)
    else:
        _flag_menu_runs(lines, flags, range(len(lines)))

    out = [Flag(lines[i].start, lines[i].end, r) for i, r in flags.items()] + extra
    return sorted(out, key=lambda f: (f.start, f.end))


def _runs(indices: range, lines: list[_Line], flags: dict[int, str], member) -> list[list[int]]:
    """Runs of lines satisfying member; lines already flagged neither break nor join a run."""
    runs: list[list[int]] = [[]]
    for i in indices:
        if i in flags:
            continue
        if member(lines[i]):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _flag_menu_runs(lines: list[_Line], flags: dict[int, str], zone: range) -> None:
    for run in _runs(zone, lines, flags, _is_menu_item):
        if len(run) >= 3:
            flags.update(dict.fromkeys(run, "navigation"))


def _flag_headline_runs(lines: list[_Line], flags: dict[int, str], zone: range) -> None:
    """Three or more headline-like lines after the story: links to other stories."""
    for run in _runs(
        zone,
        lines,
        flags,
        lambda ln: _is_headline_like(ln) and ln.words >= 4 and not is_byline(ln.text),
    ):
        if len(run) >= 3:
            flags.update(dict.fromkeys(run, "other stories"))


def merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sort spans and join those that overlap or are separated only by whitespace."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of boilerplate in text, sorted and merged."""
    return merge([(f.start, f.end) for f in classify(text)], text)
