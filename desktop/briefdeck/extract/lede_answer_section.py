"""A staff paper's answer section: a response to a request for information restates the
question first ("The requester asks: (a) how many ...") and answers it under a heading of its
own ("2. SHORT ANSWER (BLUF)", "BOTTOM LINE UP FRONT"). The answer is the paper's lede, not
the question over it. (A bare "Bottom line" is often a post's closing section: not taken.)
"""

from __future__ import annotations

import re

# the heading alone on its line, numbered or not: "2. SHORT ANSWER (BLUF)", "BLUF:"
_ANSWER_HEADING = re.compile(
    r"(?im)^[ \t]*(?:\d{1,2}(?:\.\d{1,2})?\.?[ \t]+)?(?:short[ \t]+answer|"
    r"bottom[ \t]+line[ \t]+up[ \t]+front|bluf)"
    r"(?:[ \t]*\((?:bluf|bottom line up front)\))?[ \t]*:?[ \t]*$"
)
_SEARCHED = 20_000  # characters: the answer section heads a paper, near its top


def answer_start(text: str) -> int:
    """Where the words under a paper's answer heading start, or -1 when it has none."""
    head = text[:_SEARCHED]
    if (
        "BLUF" not in head
        and "SHORT ANSWER" not in head.upper()
        and "BOTTOM LINE" not in head.upper()
    ):
        return -1
    m = _ANSWER_HEADING.search(head)
    return m.end() if m else -1
