"""People a speaker introduces aloud: hosts and guests named only in speech.

A podcast or broadcast names its voices as it talks, not in print: the host says "I'm Jane
Roe", then "with me as always is John Doe" or "I'm joined by Dr Jane Roe of the X Institute".
Their turns may be labelled "Speaker 1" by a transcriber, so the introduction is the only place
their names are written. The words after a guest's name say who they are: ", a researcher at X"
or " of X" (kept as the title).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_patterns import FIRST, ROLE_WORD, SURNAME

_FULL_NAME = rf"(?P<name>{FIRST}(?:\s+{SURNAME}){{1,2}})"
_HONOURS = r"(?:(?:Dr|Prof|Professor|Col|Gen|Maj|Capt|Lt|Adm|Ambassador|General|Colonel)\.?\s+)?"

# "I'm Jane Roe," / "My name is Jane Roe and" (the name ends the clause: "I'm Sure Of It" is
# no name); "with me (as always) is John Doe", "I'm joined (today) by Dr Jane Roe".
INTRODUCED_RE = re.compile(
    rf"\b(?=[IMmWw])(?:I['’]m|I\s+am|[Mm]y\s+name\s+is|[Ww]ith\s+me\s+(?:today\s+|again\s+|now\s+|"
    rf"as\s+always\s+|in\s+the\s+studio\s+)?(?:is|are)|(?:I['’]m|[Ww]e['’]re|[Ww]e\s+are|"
    rf"I\s+am)\s+joined\s+(?:today\s+|again\s+|now\s+|in\s+the\s+studio\s+)?by)\s+"
    rf"{_HONOURS}{_FULL_NAME}(?=\s*(?:[,.;!?]|\s(?:and|of|from|who|here)\b))"
)
# (every alternative opens on a letter, spelled out, and "\bjoined" is written as a
# lookbehind after the word: `re` then skips to those letters in C, not trying each position)
_CUE = re.compile(r"I['’]m\b|I\s+am\b|My\s+name\s+is\b|my\s+name\s+is\b|With\s+me\b|"
                  r"with\s+me\b|joined(?<!\wjoined)\s")
# What the introduction says the guest is: ", a researcher at X" or " of the X Institute".
_WHO_THEY_ARE = re.compile(r"(?:,\s+(?P<role>(?:an?|the|our)\s+[^,.;!?\n]{3,70})|\s+(?:of|from)"
                           r"\s+(?:the\s+)?(?P<org>[A-Z][^,.;!?\n]{2,60}))")


def introduced_people(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) for each person introduced aloud."""
    after = 0  # (read only around a cue: one cheap scan of a long text, then short windows)
    for cue in _CUE.finditer(text):
        if cue.start() < after:
            continue
        m = INTRODUCED_RE.search(text, max(after, cue.start() - 12), cue.end() + 160)
        if m is None or m.start() > cue.start():
            continue
        after = m.end()
        title = ""
        who = _WHO_THEY_ARE.match(text, m.end("name"))
        if who and who.group("role") and ROLE_WORD.search(who.group("role")):
            title = " ".join(who.group("role").split()[1:])
        elif who and who.group("org"):
            title = " ".join(who.group("org").split())
        yield m.group("name"), title, m.start("name"), m.end("name")
