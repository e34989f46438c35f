"""A text split into words once, for every rule that reads the words around a name.

The scan sets Arabic articles and bracketed acronyms aside ("al-" before "Asad", "(NSA)"
inside "Naval Support Activity Bahrain") and records which neighbouring words may belong to
one name, so the name index and the cue rules see the same words.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import compress, pairwise
from operator import itemgetter

from briefdeck.geo.textnorm import Token, joinable, tokenize


@dataclass(frozen=True, slots=True)
class _Scan:
    """A text split into words (Arabic articles set aside) and how they join."""

    text: str
    words: list[Token]
    linked: list[bool]  # words[i] and words[i + 1] may be one name
    article_before: list[Token | None]  # "al-" right before words[i], kept in the span

    @classmethod
    def of(cls, text: str) -> _Scan:
        raw = tokenize(text)
        # One space is most gaps: tested inline, joinable() only for the others.
        raw_link = [text[a[1] : b[0]] == " " or joinable(text, a, b) for a, b in pairwise(raw)]
        inside = _acronyms_inside_names(text, raw, raw_link) if "(" in text else ()
        # Words set aside (articles, bracketed acronyms) are few: copy the runs between them
        # by slices, not word by word (a long text has a hundred thousand words).
        skip = sorted(set(compress(range(len(raw)), map(itemgetter(3), raw))).union(inside))
        skip.append(len(raw))
        words: list[Token] = []
        linked: list[bool] = []
        article: list[Token | None] = []
        a, last = 0, -1
        for b in skip:  # the run of kept words raw[a:b]
            if a < b:
                if last >= 0:  # across the words set aside: linked if every gap is
                    linked.append(all(raw_link[last:a]))
                words += raw[a:b]
                linked += raw_link[a : b - 1]
                before = raw[a - 1] if a and raw[a - 1][3] and raw_link[a - 1] else None
                article.append(before)  # "al-" right before the run's first word
                article += [None] * (b - a - 1)
                last = b - 1
            a = b + 1
        linked.append(False)
        return cls(text, words, linked, article)

    def prev_key(self, i: int) -> str:
        return self.words[i - 1].key if i else ""


# "Naval Support Activity (NSA) Bahrain": an acronym in brackets inside a capitalised name.
_ACRONYM_IN_NAME = re.compile(r"\(([A-Z]{2,6})\) (?=[A-Z][a-z])")


def _acronyms_inside_names(text: str, raw: list[Token], raw_link: list[bool]) -> set[int]:
    """Indexes of bracketed acronyms set aside so the name reads on across them; their
    gaps are marked as linked."""
    inside: set[int] = set()
    starts = None
    for m in _ACRONYM_IN_NAME.finditer(text):
        a = m.start()
        if a < 2 or text[a - 1] != " " or not text[a - 2].isalpha():
            continue
        if starts is None:
            starts = [t[0] for t in raw]
        k = bisect.bisect_left(starts, a + 1)
        if 0 < k < len(raw) - 1 and starts[k] == a + 1 and text[raw[k - 1][0]].isupper():
            inside.add(k)
            raw_link[k - 1] = raw_link[k] = True
    return inside
