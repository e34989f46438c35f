"""The words a letter closes with before its signer's name ("With kind regards,").

Read twice: ingest flags the closing line as furniture, and extract looks under it for who
signed. One list, so a closing added for the one is known to the other.
"""

from __future__ import annotations

import re

# What follows "With" in a closing: "With gratitude,", "With best wishes,".
WITH_CLOSINGS = ("gratitude", "deep gratitude", "thanks", "appreciation", "kind regards",
                 "best regards", "warm regards", "best wishes", "warm wishes")


def with_closings(gap: str = r"[ \t]+") -> str:
    """The closings after "With" as one regex alternation, words joined by `gap`."""
    return "|".join(gap.join(re.escape(word) for word in closing.split())
                    for closing in WITH_CLOSINGS)
