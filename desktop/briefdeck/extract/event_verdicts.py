"""A verdict on a happening already told: "the strike was "the most damaging at Erbil this
year"", "this attack is a message to Washington", "the raid was the deadliest since May".

The happening is named (by "the", "this", "that") as the subject of a judgement of it; the
clause tells no new one. Without this, an official's verdict reported on a later day (the
day the paragraph last named) drafts a second attack on that day.
"""

from __future__ import annotations

import re

_NAMED_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.I)
_VERDICT = re.compile(
    r"(?:[\w-]+\s+)?(?:strike|attack|raid|bombing|assault)\s+(?:was|is)\s+(?:also\s+)?"
    r"(?:[\"“]|the\s+(?:most|worst|deadliest|largest|biggest|heaviest|latest|first|second|"
    r"third)\b|an?\s+(?:message|warning|response|escalation|signal)\b)",
    re.I,
)


# "..., which killed three, remains the deadliest attack on U.S. forces in Jordan", "it was
# the worst strike on the city since 2024": the happening told measured against a class of
# them; the superlative's noun names that class, no happening of its own
_MEASURED_AS = re.compile(
    r"\b(?:is|was|remains|remained|became|becomes|marks|marked|been|as)\s+the\s+(?:single\s+)?"
    r"(?:deadliest|worst|largest|biggest|heaviest|bloodiest|most\s+[\w-]+)\s+"
    r"(?:[\w-]+\s+)?$", re.I)


def verdict_on_told(text: str, c_start: int, t_start: int, c_end: int) -> bool:
    """Is the clause a judgement of a happening named as told ("the strike was ...", "remains
    the deadliest attack on ...")?"""
    lo = max(c_start, t_start - 60)
    return (
        _NAMED_BEFORE.search(text, max(c_start, t_start - 20), t_start) is not None
        and _VERDICT.match(text, t_start, c_end) is not None
    ) or ("the " in text[lo:t_start] and _MEASURED_AS.search(text, lo, t_start) is not None)
