"""Witnesses a report names by a given name and an age, the description after: "Jane, 41,
whose two sons were among the dead, said ...", "In Town, John, 52, a port worker, said ...".
Human-rights reports give witnesses pseudonyms so; the name is who speaks, and "she said"
after points back to it, so each is a person (no title: the description is no office)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.person_name_words import _NAME_WORD, FIRST

# The name opens a sentence or follows a comma (after "In Town,"); the age, then what they
# are or what befell them; the sentence goes on to what they said or told.
_AGED = re.compile(rf"(?:(?<=[.!?\"”]\s)|(?<=\n)|(?<=,\s)|^)"
                   rf"(?P<name>{FIRST}(?:[ \t]+{_NAME_WORD}){{0,2}}),"
                   r"\s+(?:aged\s+)?\d{1,3},\s+(?:a|an|whose|who)\s[^.!?\n]{3,160}?\b"
                   r"(?:said|says|told|recalled|described)\b")
# the age between commas and what follows it, which every witness above holds: a text without
# it is passed by one quick scan (the pattern above tries its openings at every position)
_AGE = re.compile(r",\s+(?:aged\s+)?\d{1,3},\s+(?:a|an|whose|who)\s")


def aged_witnesses(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) of each witness named with their age."""
    if ", " not in text or not _AGE.search(text):
        return
    for m in _AGED.finditer(text):
        yield m.group("name"), "", m.start("name"), m.end("name")
