"""A count the report later says is now higher is no key fact: it was the first reading.

A log or a running story counts as it goes: "M-23: 3 PTS." then, an hour on, "4TH PT
SELF-PRESENTED ... TOTAL PTS NOW 4"; "two sailors were hurt", later "the number of sailors hurt
has now risen to three". Shown beside the final count, the first one reads as a second fact. A
figure gives way when, after its own sentence, the same noun as written ("PTS", "sailors") is
said to be now, or to have risen to, a higher number. (A count told lower later, or of another
noun, stays: a fall is news of its own, and another noun counts something else.)
"""

from __future__ import annotations

import re
from typing import Any

from briefdeck.compose.key_fact_sentences import sentence_end
from briefdeck.extract.numbers import small_count

_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_NUMBER = r"(\d{1,6}|" + "|".join(_WORDS[1:]) + r")\b"
# after the noun: "PTS NOW 4", "patients have now risen to four", "sailors hurt rose to 3"
_NOUN_THEN_RAISE = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:(?:is|are|was|were|has|have|had|stands?|stood)[ \t]+)*+"
    r"(?:now[ \t]+)?"
    r"(?:now|(?:rose|risen|raised|climbed|increased|grew|grown|went[ \t]+up)[ \t]+to)"
    r"[ \t]+(?:at[ \t]+)?" + _NUMBER + r"(?![ \t]*[A-Za-z])",
    re.I,
)  # ("now 5 km": a distance)
# before the noun: "raised the count to 4 patients", "rose to four sailors"
_RAISE_THEN_NOUN = re.compile(
    r"\b(?:rose|risen|raised|climbed|increased)(?:[ \t]+the[ \t]+(?:count|number|"
    r"total|toll))?[ \t]+to[ \t]+" + _NUMBER + r"[ \t]+$",
    re.I,
)
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]{1,30})\b")
_MOST = 40  # later namings of the noun read per figure


def _raised_later(text: str, fig: Any) -> bool:
    prov = fig.provenance
    noun = _NOUN_AFTER.match(text, prov.end)
    if noun is None:
        return False
    word = noun.group(1)
    at, seen = text.find(word, sentence_end(text, prov.end)), 0
    while at >= 0 and seen < _MOST:
        seen += 1
        raised = _NOUN_THEN_RAISE.match(text, at + len(word)) or _RAISE_THEN_NOUN.search(
            text, max(0, at - 60), at
        )
        if raised and small_count(raised.group(1)) > fig.value:
            return True
        at = text.find(word, at + len(word))
    return False


def without_raised_counts(briefing: Any, figures: list[Any]) -> list[Any]:
    """The figures without those the report later says have risen."""
    kept = []
    for fig in figures:
        prov = fig.provenance
        source = briefing.source(prov.source) if prov is not None else None
        text = source.text if source is not None and source.text else ""
        if text and fig.value == int(fig.value) and _raised_later(text, fig):
            continue
        kept.append(fig)
    return kept
