"""The Admiralty (NATO) grading words: how reliable a source is (A-F) and how credible a piece
of information is (1-6). A source nobody has graded yet has no letter: "F" is the analyst's
judgement that reliability cannot be judged, not a default to print on every slide."""

from __future__ import annotations

from typing import Literal

Reliability = Literal["", "A", "B", "C", "D", "E", "F"]
UNGRADED = ""

RELIABILITY = {
    "A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
    "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged",
}
CREDIBILITY = {
    1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
    6: "cannot be judged",
}


def reliability_words(grade: str) -> str:
    """'reliability B (usually reliable)', or 'reliability not yet graded'."""
    if grade in RELIABILITY:
        return f"reliability {grade} ({RELIABILITY[grade]})"
    return "reliability not yet graded"


def grade_mark(reliability: str, credibility: int) -> str:
    """The compact grade a key fact carries ('B2'); '?' stands for an ungraded source."""
    return f"{reliability if reliability in RELIABILITY else '?'}{credibility}"
