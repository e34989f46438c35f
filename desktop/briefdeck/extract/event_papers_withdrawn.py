"""A paper withdrawn is no withdrawal of forces: "version 1.0 has been withdrawn" (an errata
notice), "a charge of making a false statement was withdrawn and dismissed" (a court's results),
"the bid was withdrawn". The word is the same as for troops pulled out of a base; what is
withdrawn, the subject of the passive just before it, tells them apart."""

from __future__ import annotations

import re

# a document, a charge or an offer, then the passive's verb right before "withdrawn"
_PAPER_BEFORE = re.compile(
    r"\b(?:charges?|specifications?|versions?|editions?|reports?|statements?|claims?|articles?|"
    r"papers?|notices?|offers?|bids?|requests?|applications?|nominations?|complaints?|"
    r"lawsuits?|motions?|pleas?|bills?|proposals?|resolutions?|licen[cs]es?|permits?)\b"
    r"[^;]{0,60}?\b(?:was|were|is|are|(?:has|have|had)\s+been|being)\s+$",
    re.I,
)


def paper_withdrawn(text: str, clause_start: int, trigger_start: int) -> bool:
    """Is the clause's "withdrawn" said of a paper, a charge or an offer?"""
    if not text.startswith("withdrawn", trigger_start):
        return False
    return (
        _PAPER_BEFORE.search(text, max(clause_start, trigger_start - 100), trigger_start)
        is not None
    )
