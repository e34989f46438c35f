"""A place inside the name of an author's institution is no place of the report.

"Farid Nasser (American University of Beirut)" or "By Helen Maris, University of Cambridge"
says where a writer works, not where anything happened; the same name in the story ("a drone
struck the American University of Beirut campus") still places Beirut. An affiliation is an
academic institution's name in brackets straight after a person's name, or on a byline, or
a numbered affiliation line under a paper's or abstract's authors ("7 Gulf Defence Economics
Forum, Abu Dhabi, UAE": the superscript number the reader leaves at the line's start).
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


# The words of a numbered affiliation line before its place: an institution's title-case name
# ("Institute for Maritime Security Studies"), the number, and earlier affiliations' places.
_AFFILIATION_WORDS = frozenset("Centre Center Institute University College School Forum "
                               "Analytics Foundation Academy Studies Council Laboratory "
                               "Department Faculty Agency Programme Program".split())
_LINKING_WORDS = frozenset("of the for and & de al el".split())
_AFFILIATION_REACH = 200  # how far back the line's number may stand


def affiliation_line_place(text: str, start: int) -> bool:
    """Is the place at start on a numbered affiliation line, after its institution's name
    ("5 Institute for Maritime Security Studies, Djibouti")?"""
    if text[start - 2 : start] != ", ":
        return False
    reach = max(0, start - _AFFILIATION_REACH)
    line_start = text.rfind("\n", reach, start) + 1  # (bounded: a huge line costs no more)
    if (line_start == 0 and reach > 0) or not text[line_start : line_start + 1].isdigit():
        return False
    words = text[line_start : start].split()
    if not words or not words[0].isdigit() or len(words[0]) > 2:
        return False
    institution = False
    for word in words[1:]:
        word = word.rstrip(",;")
        if word in _LINKING_WORDS or word.isdigit() and len(word) <= 2:
            continue
        if not word[:1].isupper():
            return False  # a sentence, not a list of names and places
        institution = institution or word in _AFFILIATION_WORDS
    return institution
