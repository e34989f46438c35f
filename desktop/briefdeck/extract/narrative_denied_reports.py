"""A key point of "There are reports that ..." says who denied it, when the answer does.

At a press conference a reporter's "There are reports that Patriot launchers arrived at X. Was
Baghdad consulted?" is followed by the answer turn; when that answer denies it ("no new systems
have entered", "we deny"), the key point says so: "There are reports that ... (denied by
Spokesperson Y)." A report nobody answers keeps its own hedge, which already says it is no fact.
"""

from __future__ import annotations

import re

from briefdeck.extract.place_role_asked import REPORTS
from briefdeck.extract.sentence_case_labels import NAME

# The answer's denial: "we deny", "no new ... have entered", "this is not true", "baseless"
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|no\s+new\b|not\s+true|untrue|false|baseless|"
                     r"unfounded|fabricat\w+|never\s+(?:happened|arrived|entered))", re.I)
# The answer turn's label: "Spokesperson Rafid al-Hamdani:", "MR. MILLER:", "A:", and here
# maybe with an aside before the colon: "Spokesperson Rafid al-Hamdani (Foreign Ministry):"
_LABEL = re.compile(rf"\s*({NAME})\s*(?:\([^)\n]{{0,40}}\))?:\s")
_LOOK = 800  # characters of the answer read for its denial


def with_denial(summary: str, text: str, start: int) -> str:
    """The summary with "(denied by X)" when it is a hedged report the next turn denies."""
    if not REPORTS.match(summary):
        return summary
    end = text.find("\n", start)
    if end < 0:
        return summary
    while end < len(text) and text[end] in " \t\r\n":
        end += 1  # the next paragraph: the answer turn
    label = _LABEL.match(text, end, min(len(text), end + 80))
    stop = text.find("\n", end)
    answer = text[end:stop if stop > 0 else min(len(text), end + _LOOK)][:_LOOK]
    if label is None or not _DENIAL.search(answer):
        return summary
    return f"{summary.rstrip('.')} (denied by {label.group(1)})."
