"""A figure's label that borrows the verb of another clause.

"the ship has fired 11 Standard Missile interceptors since it arrived in the Red Sea in
October": the figure is what was fired; the arrival is when the count starts. A label built
as the amount then the words after it ("11 ... interceptors arrived in the Red Sea") makes the
interceptors the ones that arrived. When the label's tail opens on the verb of a clause that
"since", "after", "before", "when", "until" or "once" begins after the figure, the tail is
another event's, and the key fact is read from the figure's own clause instead.
"""

from __future__ import annotations

import re

# "since it", "after they", "when the battery", "before", then the tail's first word
_SUBORDINATE = re.compile(
    r"\s*+,?\s*+(?:since|after|before|when|until|once|as\s+soon\s+as)\s+"
    r"(?:(?:it|they|he|she|we|the\s+[\w-]+|its\s+[\w-]+)\s+)?"
    r"(?:(?:had|has|have|was|were|first)\s+)*+$",
    re.I,
)
_REACH = 60  # characters after the counted phrase in which the tail's verb is looked for


def tail_from_another_clause(text: str, phrase_end: int, rest: str) -> bool:
    """Does the label's tail `rest` start with a word that, in the source after the counted
    phrase ending at phrase_end, stands in a clause of its own ("since it arrived")?"""
    first = rest.split(None, 1)[0] if rest.strip() else ""
    if not first.isalpha() or not first.islower():
        return False  # (a place or a date in the tail is no verb)
    at = text.find(first, phrase_end, phrase_end + _REACH)
    return at > phrase_end and _SUBORDINATE.search(text, phrase_end, at) is not None
