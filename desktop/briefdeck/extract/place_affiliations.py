"""A place inside the name of an author's institution is no place of the report.

"Farid Nasser (American University of Beirut)" or "By Helen Maris, University of Cambridge"
says where a writer works, not where anything happened; the same name in the story ("a drone
struck the American University of Beirut campus") still places Beirut. An affiliation is an
academic institution's name in brackets straight after a person's name, or on a byline.
"""

from __future__ import annotations

import re

# "University of", "Institute of the", "College of": the place ends the institution's name.
ACADEMIC_BEFORE = re.compile(r"\b(?:University|College|Institute|Academy|Polytechnic|School)"
                             r"(?:\s+of(?:\s+the)?)?\s+$")
# "Tehran University", "Beirut Arab University": the place opens it.
ACADEMIC_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?:University|College|Institute|"
                            r"Polytechnic)\b")
# A person's name just before the bracket: "Farid Nasser (".
NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w.'’-]+\s+[A-Z][\w'’-]+\s*\($")
REACH = 80  # how far back an affiliation's bracket may open


def academic_text(text: str) -> bool:
    """Does the text name any academic institution at all (a cheap gate)?"""
    return "niversity" in text or "ollege" in text or "nstitute" in text or "cademy" in text


def affiliation_place(text: str, start: int, end: int) -> bool:
    """Is the mention at start..end part of an author's institution named as an affiliation?"""
    if not (ACADEMIC_BEFORE.search(text, max(0, start - 40), start)
            or ACADEMIC_AFTER.match(text, end)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text.startswith(("By ", "by ", "BY "), line_start):
        return True  # "By Helen Maris, University of Cambridge, and ..."
    bracket = text.rfind("(", max(line_start, start - REACH), start)
    if bracket < 0 or text.find(")", bracket, start) >= 0:
        return False
    return bool(NAME_BEFORE_BRACKET.search(text, max(0, bracket - 60), bracket + 1))
