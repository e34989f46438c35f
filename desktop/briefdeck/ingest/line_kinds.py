"""What a line of an article looks like: a sentence of reporting, a byline, a headline.

The boilerplate modules all judge lines by these shapes, so they live in one place; the
article is split here into its non-blank lines, each with its offsets and word count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.ingest.rules import I

SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")

# "By Ana Flores", "BY ANA FLORES", "By Staff": not "By Monday, 300 troops had left.", nor a
# newsletter's "BY THE NUMBERS" heading
_BYLINE = re.compile(r"^(?:By|BY)\s+(?!(?:THE|The)\s+(?:NUMBERS|Numbers|WAY|Way)\b)"
                     r"[A-Z][\w.'’-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z]|,?$)")
DATE_LIKE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    I,
)
BULLET = re.compile(r"^(?:[-*•·–]\s|\d{1,2}[.)]\s)")
HEADLINE_WORDS = 18  # longer than this, a line without a final stop is still prose
LIST_LINES = 24  # how far a "Most read" list may run: ten headlines, each with its number
NAME = r"[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|de|van|von|al-\w+|bin|da|del|la|le)){1,4}"
NAME_LINE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}$")
CONNECTORS = {"&", "and", "of", "the", "for", "in", "on"}


@dataclass(frozen=True)
class ArticleLine:
    """A non-blank line of the article: where its stripped text starts and ends, the text,
    its word count."""

    start: int  # of the stripped content
    end: int
    text: str  # stripped
    words: int


def article_lines(text: str) -> list[ArticleLine]:
    """The non-blank lines of text, in order, with offsets into text."""
    out: list[ArticleLine] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            out.append(ArticleLine(start, start + len(stripped), stripped, len(stripped.split())))
        pos += len(raw) + 1
    return out


def is_prose(line: str, words: int | None = None) -> bool:
    """A sentence of reporting: ends like a sentence, or is too long to be anything else."""
    words = len(line.split()) if words is None else words
    return words > HEADLINE_WORDS * 2 or (words >= 5 and bool(SENTENCE_END.search(line)))


def is_byline(line: str) -> bool:
    return (
        bool(_BYLINE.match(line))
        and len(line.split()) <= 14
        and not (line.endswith(".") and len(line.split()) > 6)
    )


def is_headline_like(line: ArticleLine) -> bool:
    return (
        "\t" not in line.text
        and line.words <= HEADLINE_WORDS
        and not SENTENCE_END.search(line.text)
    )


WORD = re.compile(r"\w+")


def runs_of(
    indices: range, lines: list[ArticleLine], flags: dict[int, str], member
) -> list[list[int]]:
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


def is_title_case(text: str) -> bool:
    return all(w[:1].isupper() or w.lower() in CONNECTORS for w in text.split())


BULLETED = re.compile(r"^[-*•·–]\s")
