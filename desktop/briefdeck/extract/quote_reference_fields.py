"""Quotations a knowledge-base page's references carry, credited to the source each cites.

A structured-data page (a wiki item's statements) backs each claim with references laid out as
label lines, each with its value on the next line: "stated in" / the source, "title" / the
piece's title, ..., "quotation" / the words quoted from it. The quotation has no marks and no
verb of saying; the words are the cited source's ("stated in"), the nearest one above it in
the same reference. The same reference repeated under another claim quotes the same words
once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A label alone on its line, then its value on the next non-blank line.
_QUOTATION = re.compile(r"^quotation[ \t]*\n\s*\n?(?P<words>[^\n]{8,600})$", re.M)
_STATED_IN = re.compile(r"^stated in[ \t]*\n\s*\n?(?P<source>[^\n]{2,120})$", re.M)
_REACH = 800  # characters: a reference's fields sit together


def reference_quotations(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, words, source) of each reference's quotation, once per source and words."""
    if "\nquotation" not in text or "stated in" not in text:
        return
    seen: set[tuple[str, str]] = set()
    for m in _QUOTATION.finditer(text):
        sources = list(_STATED_IN.finditer(text, max(0, m.start() - _REACH), m.start()))
        if not sources:
            continue
        source = sources[-1]
        if "\nquotation" in text[source.end():m.start()]:
            continue  # the source's reference ended with a quotation of its own
        words, who = m.group("words").strip(), source.group("source").strip()
        if (words, who) in seen:
            continue
        seen.add((words, who))
        yield m.start("words"), m.start("words") + len(words), words, who
