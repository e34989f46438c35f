"""A key fact that is the title or the BLUF again, word for word.

A press release's headline and its lede are sentences with numbers in them ("photographer
killed, two journalists wounded ..."), so their figures reach the Key facts as whole lines; on a
deck whose title and BLUF already say them, the first two key facts then repeat the page above.
Only a whole sentence is dropped (a short figure's line, "4 wounded", is a fact of its own even
when the BLUF says it too), and a line repeating the lede counts without its dateline ("Lowford,
5 May 2031 – ").
"""

from __future__ import annotations

import re

from briefdeck.compose.figure_words import bare_words

MIN_WORDS = 8  # a sentence, not a figure's phrase
# "Beirut, 19 December 2026 – ", "LOWFORD, May 5 (Wire) - ": a dateline before the lede's words
_DATELINE = re.compile(r"^[^\n–—]{2,60}?\b\d{4}\b[^\n–—]{0,20}?\s+[–—-]{1,2}\s+")


def told_above(line: str, above: list[str]) -> bool:
    """Is the line, less any dateline, all inside the title or the BLUF?"""
    if len(line.split()) < MIN_WORDS:
        return False
    words = bare_words(_DATELINE.sub("", line, count=1))
    return len(words.split()) >= MIN_WORDS and any(words in bare_words(t) for t in above if t)
