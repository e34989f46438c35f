"""Words broken across a line end ("inter-" / "ceptors") made whole again, while a real
compound broken at its own hyphen ("counter-" / "drone") keeps it.

The evidence, in order: the document itself (if it prints the joined form elsewhere, the
hyphen was the typesetter's; if it prints the hyphenated form elsewhere, it is the word's);
then the shape of the parts (a capital or a digit after the hyphen, an acronym before it:
"pro-Iranian", "MQ-9", "US-led"); then the words that usually form open compounds in
reporting ("counter-", "anti-", "-based", "-range"). Otherwise a hyphen at a line end in
set text is most often a break inside a word, so the word is joined.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_HEAD = re.compile(r"([A-Za-z]+)[-\xad]$")
_TAIL = re.compile(r"^([A-Za-z0-9]+)")

# First parts that make hyphenated compounds, not word-internal breaks.
_COMPOUND_HEADS = frozenset(
    "anti counter self non pro ex semi quasi post pre so well ill cross long short mid half "
    "all low high full large small wide close one two three four five six seven eight nine "
    "ten first second third fourth fifth front hard soft near far pan".split()
)
# Second parts that make compounds: "Iran-backed", "short-range", "drone-related".
_COMPOUND_TAILS = frozenset(
    "based backed led aligned controlled linked made range scale level term style owned "
    "affiliated related run wide free like held guided launched fired armed sponsored "
    "supported funded built day week month year way time".split()
)


def vocabulary(texts: list[str]) -> set[str]:
    """Every word the document prints whole (lower case), hyphenated forms too."""
    vocab: set[str] = set()
    for text in texts:
        vocab.update(w.lower() for w in _WORD.findall(text))
    return vocab


def join_hyphenated(para: str, line: str, vocab: set[str] | None = None) -> str:
    """para ends with a hyphen (or soft hyphen) that broke the line before line."""
    if para.endswith("\xad"):  # a soft hyphen only ever marks a break inside a word
        return para[:-1] + line
    head, tail = _HEAD.search(para), _TAIL.match(line)
    if not head or not tail:
        return para + line  # "1-" / "13 September": a range or a dash, kept as it was
    h, t = head.group(1), tail.group(1)
    if _keeps_hyphen(h, t, vocab or set()):
        return para + line
    return para[:-1] + line


def _keeps_hyphen(head: str, tail: str, vocab: set[str]) -> bool:
    joined, hyphened = (head + tail).lower(), f"{head}-{tail}".lower()
    if joined in vocab:
        return False
    if hyphened in vocab:
        return True
    if tail[:1].isupper() or tail[:1].isdigit() or (len(head) >= 2 and head.isupper()):
        return True
    return head.lower() in _COMPOUND_HEADS or tail.lower() in _COMPOUND_TAILS
