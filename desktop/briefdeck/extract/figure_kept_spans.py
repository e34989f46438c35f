"""Spans of time that are facts of the report, unlike most counts of days or months.

"adding 10 to 14 days to an Asia-Europe voyage", "which adds around 35 minutes": the delay a
detour or a closure costs, a fact a shipping or an airline notice reports. "sentenced to 97
months of imprisonment", "The government asks for 120 months", "three years of supervised
release": a court's sentence and the parties' asks, the outcome of a sentencing record.
"9,450 nights of lodging": stays a programme paid for, counted in nights.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.numbers import Quantity
from briefdeck.extract.sentences import Sentence

DELAY_UNITS = frozenset("minutes hours days weeks".split())
# The verb before the number ("adding", "adds", "add an extra"); "added" only with "to" after
# the span, since "he added two days later" is a speech verb.
_ADDS_BEFORE = re.compile(r"\b(?:adds|adding|add)\s+(?:an?\s+(?:extra|additional)\s+)?$", re.I)
_ADDED_BEFORE = re.compile(r"\badded\s+(?:an?\s+(?:extra|additional)\s+)?$", re.I)
_TO_AFTER = re.compile(r"\s+(?:minutes|hours|days|weeks)\s+to\b")

TERM_UNITS = frozenset("months years".split())
# What a term is of ("97 months of imprisonment", "three years' supervised release").
_TERM_AFTER = re.compile(
    r"\s+(?:months|years)(?:['’]|\s+of)?\s+(?:imprisonment|in\s+prison|"
    r"prison|jail|incarceration|custody|supervised\s+release|probation)\b",
    re.I,
)
# Who sets or asks it: "sentenced him to", "asks for", "recommends" (only in a text about a
# sentence: elsewhere "asked for 12 months" is any request).
_TERM_BEFORE = re.compile(
    r"\b(?:sentenc\w*(?:\s+[\w.]+){0,3}?\s+to|(?:ask|asks|asked|seek|"
    r"seeks|sought|request|requests|requested|recommend|recommends|"
    r"recommended)(?:\s+for)?)\s+$",
    re.I,
)


# A court-martial's sentence, as a results-of-trial listing words it: "confinement for 42
# months", "hard labor without confinement for 90 days", "restriction for 60 days".
_CONFINED_FOR = re.compile(r"\b(?:confinement|confined|restriction|hard\s+labor(?:\s+without"
                           r"\s+confinement)?)\s+for\s+$", re.I)
_SENTENCE_UNITS = frozenset("days weeks months years".split())


# A stay paid or given, counted in nights ("covered 9,450 nights of lodging", "41 nights of hotel
# accommodation"): a charity's or a relief programme's output, a count not a span of time.
_LODGING_AFTER = re.compile(r"\s+nights?\s+(?:of|in)\s+(?:hotel\s+|free\s+|emergency\s+)?"
                            r"(?:lodging|accommodation|hotel|housing|shelter)\b", re.I)


def kept_span(text: str, q: Quantity, sent: Sentence, unit: str) -> bool:
    """Is this count of time a delay added or a prison term, which the report states as a
    fact (the count's unit: 'days', 'months', ...)?"""
    if unit == "nights" and _LODGING_AFTER.match(text, q.end):
        return True  # (lodging_stay below names it)
    if unit in DELAY_UNITS and "add" in text[max(sent.start, q.start - 30) : q.start]:
        before = max(sent.start, q.start - 30)
        if _ADDS_BEFORE.search(text, before, q.start) or (
            _ADDED_BEFORE.search(text, before, q.start) and _TO_AFTER.match(text, q.end)
        ):
            return True
    if unit in _SENTENCE_UNITS and "for" in text[max(sent.start, q.start - 5) : q.start] and \
            _about_sentencing(text) and \
            _CONFINED_FOR.search(text, max(sent.start, q.start - 45), q.start):
        return True
    if unit in TERM_UNITS and _about_sentencing(text):
        if _TERM_AFTER.match(text, q.end, sent.end):
            return True
        return _TERM_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
    return False


@lru_cache(maxsize=8)
def _about_sentencing(text: str) -> bool:
    return "sentenc" in text or "Sentenc" in text


def lodging_stay(text: str, q: Quantity) -> str:
    """'nights of lodging' as written after q when q counts stays given, else ''."""
    m = _LODGING_AFTER.match(text, q.end)
    return " ".join(text[q.end:m.end()].split()) if m else ""
