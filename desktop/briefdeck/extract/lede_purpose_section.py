"""A report's Purpose section says why the trip or the paper was made, not what happened.

Trip reports, memos and staff papers number their sections ("2. Purpose", "Objective",
"Aim of the visit"); the paragraph under such a heading states intent ("The delegation
traveled to hear from commanders on ..."), which a BLUF must not lead with.
"""

from __future__ import annotations

import re

_PURPOSE_HEADING = re.compile(
    r"[ \t]*(?:\d{1,2}\.?\s*|[A-H]\.\s*|[IVX]{1,4}\.\s*)?(?:Purpose|Objectives?|Aims?|Intent)"
    r"(?:\s+of\s+(?:the\s+)?(?:visit|trip|travel|delegation|report|memo(?:randum)?|paper))?"
    r"[ \t]*:?[ \t]*",
    re.I,
)


def under_purpose_heading(text: str, start: int) -> bool:
    """Does the paragraph holding position `start` stand right under a Purpose heading?"""
    para = text.rfind("\n", 0, start)
    while para > 0 and text[para - 1] in "\n \t":  # (blank lines between heading and text)
        para -= 1
    if para <= 0:
        return False
    line_start = text.rfind("\n", 0, para) + 1
    return (
        para - line_start <= 60 and _PURPOSE_HEADING.fullmatch(text, line_start, para) is not None
    )
