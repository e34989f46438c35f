"""An aggregator's cards: the outlet's name over each card, and an answer's source list.

A news aggregator shows other outlets' stories as cards: the outlet's name on a line, the
headline, perhaps a snippet, then the card's relative stamp ("3 hours ago"). The name is the
card's label, not a place or an organisation in the news. Its generated answers end with the
outlets they drew on ("... a heavy price." Sources: L'Orient Today, Ynet), flagged alone.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import SENTENCE_END, ArticleLine, is_prose

# "3 hours ago", "1 day ago · By Noa Feldman", "Yesterday": the stamp closing a card
_STAMP = re.compile(
    r"^(?:\d{1,2} (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) ago|yesterday|just now)(?:\s*[·|•]|$)",
    re.I,
)
_PARTICLES = frozenset({"of", "the", "de", "al", "and", "&", "for"})
_CARD_LINES = (2, 3)  # outlet and headline, perhaps a snippet
# An outlet list closing an answer: "Sources: The Times of Israel, Reuters"
_NAME = r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|the|and|&))*"
_SOURCES = re.compile(rf"(?<=[.!?\"”’])\s+(Sources?: {_NAME}(?:, {_NAME})*)\s*$")


def has_cards(text: str) -> bool:
    return " ago" in text or "esterday" in text


def _is_outlet_name(line: ArticleLine) -> bool:
    words = line.text.split()
    return (
        line.words <= 4
        and not SENTENCE_END.search(line.text)
        and not any(ch.isdigit() for ch in line.text)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)
    )


def flag_outlet_names(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The first line of a card closed by a relative stamp, when it reads as a name: a card
    starts after the last flagged line (the previous card's stamp, a section label)."""
    stamps = [i for i, ln in enumerate(lines) if ln.words <= 8 and _STAMP.match(ln.text)]
    if len(stamps) < 3:  # one stamp under a story is its date, not a page of cards
        return
    for i in stamps:
        start = i
        while start > 0 and start - 1 not in flags and i - start < max(_CARD_LINES):
            start -= 1
        if (
            i - start in _CARD_LINES
            and (start == 0 or start - 1 in flags)
            and _is_outlet_name(lines[start])
            and not is_prose(lines[start + 1].text, lines[start + 1].words)
        ):
            flags[start] = "outlet name"


def flag_answer_sources(lines: list[ArticleLine], flags: dict[int, str]):
    """(start, end, kind) of a source list closing a line of prose."""
    out: list[tuple[int, int, str]] = []
    for i, line in enumerate(lines):
        if i in flags or "Source" not in line.text:
            continue
        m = _SOURCES.search(line.text)
        if m:
            out.append((line.start + m.start(1), line.start + m.end(1), "source list"))
    return out
