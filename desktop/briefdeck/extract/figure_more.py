"""A bare count of more of the same force: "The United States keeps about 13,500 troops in
Kuwait. Roughly 2,000 more are expected to pass through": the 2,000 count what was just counted.

The noun is taken from the count before it in the sentence, else from the sentence before,
and only when it counts a force (troops, soldiers, personnel) and a verb follows "more", so
the sentence goes on about them. A vague "a few hundred more" is no count to copy, and
"two more were killed" is left to the toll words: who the two more were is not said.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_tolls import PART

_MORE_AFTER = re.compile(
    r" more\s+(?:are|were|will|would|could|may|might|have|had|remain|"
    r"remained|arrived|arrive|deployed|left)\b(?!\s+(?:been\s+)?"
    r"(?:killed|wounded|injured|hurt)\b)"
)
_FORCE = re.compile(
    r"\b(?:troops|soldiers|personnel|service\s+members|forces|Marines|sailors|"
    r"airmen|reservists|advisers|advisors|contractors)$"
)


def more_of_the_same(text: str, rows: list[list], before: str) -> None:
    """Give a bare "N more" in rows ([quantity, unit, phrase]) the noun counted just before
    (before: the last noun the sentence before counted)."""
    for i, row in enumerate(rows):
        q = row[0]
        if (
            row[1]
            or q.money
            or q.percent
            or q.vague
            or q.value < 2
            or not _MORE_AFTER.match(text, q.end)
        ):
            continue
        noun = next((r[1] for r in reversed(rows[:i]) if r[1] and r[1] != PART), before)
        if noun and _FORCE.search(noun):
            row[1] = noun
