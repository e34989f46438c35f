"""A death told of "one of them" right after a count of the hurt.

"... said three seafarers had been hurt. One of them, a Filipino engineer, died on Wednesday."
A report often names the dead man only in an aside after a pronoun: the pronoun stands for the
hurt just counted, so the death moves one of them from the wounded to the dead (as "one of the
wounded later died" does), never a new death on top of them. Read only when a count of the hurt
is told in the same sentence before it or in the words just before the sentence, so "one of
them" standing for hostages, suspects or crew unhurt is left alone.
"""

from __future__ import annotations

import regex

from briefdeck.extract.casualty_rows import Casualty, count_of
from briefdeck.extract.toll_words import NUM

# "One of them, a Filipino engineer, died", "two of them later died": the aside holds no
# sentence end, clause break or second verb of harm (possessive runs: nothing backtracks)
_ONE_OF_THEM = regex.compile(
    rf"\b(?P<num>{NUM})\s+of\s+them(?:,[^,.;:!?\n]{{1,80}}+,)?\s+"
    r"(?:(?:later|subsequently|has|have|had|since)\s+)*+(?:died|succumbed)\b",
    regex.I,
)
# a count of the hurt: "three seafarers had been hurt", "wounding four", "2 injured"
_HURT_COUNT = regex.compile(
    rf"\b(?:{NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:had\s+been\s+|were\s+|was\s+)?"
    rf"(?:wounded|injured|hurt)\b|\b(?:wounding|injuring)\s+(?:{NUM})\b",
    regex.I,
)
_LOOK_BACK = 400  # about the sentence before: "them" reaches no further


def died_of_them(text: str, start: int, end: int) -> list[Casualty]:
    """Deaths moved from the hurt counted just before ("One of them, ..., died")."""
    chunk = text[start:end]
    if " of them" not in chunk.lower() or ("died" not in chunk and "succumbed" not in chunk):
        return []
    out = []
    for m in _ONE_OF_THEM.finditer(text, start, end):
        before = text[max(0, start - _LOOK_BACK) : m.start()]
        if not _HURT_COUNT.search(before):
            continue
        out.append(
            Casualty(
                m.start(),
                m.end(),
                "killed",
                count_of(m.group("num")),
                "unspecified",
                m.group("num"),
                from_wounded=True,
            )
        )
    return out
