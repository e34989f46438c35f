"""Summaries that are a report's raw line, not words a slide can show as the event.

Two kinds reach a timeline label or a key fact as they stand and read as noise there:
- a log's or a message's row in capitals and shorthand ("CF. 14 NOV, 2X ROCKETS, NO CAS",
  "FINAL LOAD OF QASRAK EQUIPMENT"): radio logs, spot reports and cables shout every line, so
  the line is the writer's shorthand, not a sentence telling what happened;
- a memo's purpose line ("To inform the Commanding General of the facts of the attack ..."):
  an information or decision paper opens on why it was written, and the event it names is
  told by what happened where, not by the paper's first words.
The chart and the one-pager then say the event as the narrative does: "Attack on Tal Tamr".
"""

from __future__ import annotations

import re

# Why a staff paper was written: "To inform ...", "To provide the CG with ...".
_PURPOSE = re.compile(
    r"(?:\(?[A-Za-z0-9]{1,2}[.)]\s*)?(?:Purpose[.:]\s*)?To\s+(?:inform|brief|provide|update|"
    r"advise|notify|describe|summari[sz]e|outline|present|request|recommend|obtain|familiari[sz]e)"
    r"\b"
)


def shouted(summary: str) -> bool:
    """Is the line in capitals (a log's or a signal's row), with few lower-case letters?"""
    upper = lower = 0
    for ch in summary:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    # (a short all-capitals name, "ISIS", "IED", is a word in a sentence, not a shouted row)
    return upper >= 8 and lower * 10 <= upper


def purpose_line(summary: str) -> bool:
    """Does the line open on a staff paper's purpose ("To inform the Commanding General...")?"""
    return (
        summary[:2] in ("To", "Pu", "1.", "(1", "1)", "a.", "A.")
        and _PURPOSE.match(summary) is not None
    )


def unworded(summary: str) -> bool:
    """A raw capitals row or a paper's purpose line: not the event's words on a slide."""
    text = (summary or "").strip()
    return bool(text) and (shouted(text) or purpose_line(text))
