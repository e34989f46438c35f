"""A move ordered, or due by a deadline, is still to come.

"The transition order directs U.S. forces to leave al-Tanf by 31 JAN 27", "after the
withdrawal from X, which is to be complete by 31 January": the move is told as an order or a
plan with its deadline, not as done. The BLUF must say "troops are to leave X (announced)",
never "troops leave X", which a reader takes as happening now. narrative_tolls.py reads the
future told before the place ("will leave", "plans to pull out of"); this reads an order
before it and a deadline or a "to be complete" after it.
"""

from __future__ import annotations

import re

# The move as an infinitive or a noun, not a finite verb ("left X by March" was done): "to
# leave", "to withdraw from", "withdrawal from", "handover of".
_MOVE_NOT_DONE = re.compile(
    r"\b(?:to\s+(?:leave|withdraw|pull\s+(?:out|back)|exit|vacate|hand\s+over|depart|"
    r"relocate|move|redeploy|deploy|reposition)|withdrawal|pull-?out|drawdown|departure|"
    r"exit|handover|hand-over)\b[^.;:]{0,60}$",
    re.I,
)
# Not a move begun: "began to withdraw from X by road", "continued to leave X by night".
_BEGUN = re.compile(
    r"\b(?:began|begun|started|continued|continue[sd]?|keep|kept)\s+to\s+"
    r"[a-z]+(?:\s+(?:out|back|over))?\s+(?:from\s+)?$",
    re.I,
)
# An order or a direction given to move: "directs U.S. forces to leave", "ordered troops to".
_ORDERED = re.compile(
    r"\b(?:directs?|directed|orders?|ordered|instructs?|instructed|"
    r"tasks?|tasked|requires?|required)\s+(?:[\w.'’-]+\s+){0,4}?to\s+"
    r"[a-z]+(?:\s+(?:out|back|over))?\s+(?:from\s+|of\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?$",
    re.I,
)
# After the place: a deadline ("by 31 JAN 27", "by the end of January", "before March") or
# the move's completion still to come ("which is to be complete by", "due to end in").
_DUE_AFTER = re.compile(
    r"[^.;:]{0,40}?(?:\b(?:by|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+|mid-?|early\s+|"
    r"late\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:year|spring|summer|autumn|fall|winter)\b)|"
    r",?\s*(?:which|that)\s+(?:is|are)\s+(?:to\s+be|due|expected|scheduled|set|slated)\b)",
    re.I,
)


def move_due(text: str, sent_start: int, start: int, end: int) -> bool:
    """Is the move whose place is mentioned at [start, end) told as ordered or as due by a
    deadline, still to come? Cheap: two anchored looks around the place."""
    lo = max(sent_start, start - 90)
    if _ORDERED.search(text, lo, start) is not None:
        return True
    if _MOVE_NOT_DONE.search(text, lo, start) is None or _BEGUN.search(text, lo, start):
        return False
    return _DUE_AFTER.match(text, end, min(len(text), end + 120)) is not None
