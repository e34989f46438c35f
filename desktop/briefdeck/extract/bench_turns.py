"""The bench's turns in a court transcript: "THE COURT:" and "THE CLERK:".

What the judge or the clerk says will happen in the courtroom ("I will give Exhibit 15 little
weight", "We will take a short recess", "The defendant will be remanded") is the proceeding's
procedure, not an expectation of events an analyst briefs: no outlook is read from it.
"""

from __future__ import annotations

_BENCH = ("THE COURT:", "THE CLERK:")


def benchs_turn(text: str, start: int) -> bool:
    """Is the sentence at `start` in a turn labelled THE COURT or THE CLERK?"""
    line = text.rfind("\n", 0, start + 1) + 1
    return text.startswith(_BENCH, line)
