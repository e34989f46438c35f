"""A bare number answering a question counts what the question asked about.

"Q114: How many UK personnel are now at Erbil?" / "Rachel Stubbs: Around 200, Chair, down
from roughly 400 ...": the answer gives the number, the question named the noun. Read before
nouns are borrowed, so that the speaker's name before the answer's colon ("Stubbs:") is never
taken for a label naming what is counted.
"""

from __future__ import annotations

import re

# "How many UK personnel are ...?", "how many drones were launched?": the plural asked about
# (a few words may qualify it: "how many U.S. troops")
_HOW_MANY = re.compile(r"\b[Hh]ow\s+many\s+(?:[A-Z][\w.'’-]*\s+){0,2}"
                       r"([a-z]{3,}s|personnel|people|staff)\b[^?\n]{0,100}\?\s*$")
# A bare number opening the answer, after a speaker's name and colon at most.
_OPENS = 60


def answered_noun(question: str) -> str:
    """The plural a 'How many ...?' sentence asks about, or ''."""
    if "?" not in question[-3:] or "many" not in question:
        return ""
    asked = _HOW_MANY.search(question)
    return asked.group(1) if asked else ""


def answer_rows(rows: list[list], sent_start: int, noun: str) -> None:
    """Give the bare numbers of an answer that opens on one the noun the question asked."""
    if not noun or not rows or rows[0][1] or rows[0][2] or rows[0][0].money or \
            rows[0][0].percent or rows[0][0].start - sent_start > _OPENS:
        return
    for row in rows:
        if not row[1] and not row[2] and not row[0].money and not row[0].percent:
            row[1] = noun
