"""Countries that only say who sits in a meeting, and surnames after a courtesy title.

- "Members: Bahrain, China, ..., United Kingdom of Great Britain and Northern Ireland": a
  record's roll of the body's members (a UN verbatim record, a committee's minutes) lists who
  sat, not where anything happened; no country in it is a place of the report.
- "Ms. Hollister (United States of America):", "Mr. Delmas said": a word right after Mr., Ms.
  or Mrs. is a person's surname, though a small town somewhere bears it.
- "Mr. Delmas (France) (spoke in French):": the country in a speaker's label is the delegation
  the speaker sits for (as "(Latvia)" after the President), not a place of the report; "France
  condemns ..." after it is the state acting.
"""

from __future__ import annotations

import re

# A roll's label at a line's start, then capitalised names joined by commas (and "of", "the",
# "and" inside a name: "Democratic Republic of the Congo").
ROLL = re.compile(r"(?m)^[ \t]*(?:Members|Present|Participants|Attending|In attendance)[ \t]*:"
                  r"[ \t]+(?:[A-Z][\w'’.-]*(?:[ \t]+(?:of|the|and|[A-Z][\w'’.-]*))*"
                  r"(?:,[ \t]+(?:and[ \t]+)?|(?=[ \t\n]|$)))+")


# "Mr. ", "Ms ", "Mrs. " right before the word (not "Hamrs" or "Sirs").
COURTESY_BEFORE = re.compile(r"(?<![\w.])M(?:r|s|rs)\.? $")


def roll_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a record's rolls of members, in order (none in most texts: a cheap probe)."""
    if "Members:" not in text and "Present:" not in text and "Participants:" not in text \
            and "Attending:" not in text and "attendance:" not in text:
        return []
    return [m.span() for m in ROLL.finditer(text) if text.count(",", m.start(), m.end()) >= 2]


def titled_surname(text: str, start: int) -> bool:
    """Is the word at start a surname after a courtesy title ("Ms. Hollister", "Mr Haddad")?"""
    return text[start - 2 : start - 1] in ("s", "r", ".") and text[start - 1 : start] == " " \
        and COURTESY_BEFORE.search(text, max(0, start - 6), start) is not None


# "Mr. Delmas (", "The President (": a titled speaker's name right before the bracket...
LABEL_NAME_BEFORE = re.compile(r"(?:\bM(?:r|s|rs)\.?|\bDr\.?|\bSir|\bDame|\bPresident)"
                               r"(?: [A-Z][\w'’-]+){0,3} \($")
# ... and after it the label's colon, maybe past "(spoke in French)".
LABEL_END_AFTER = re.compile(r"\)(?:\s*\([^()\n]{1,40}\))?\s*:")


def delegation_label(text: str, start: int, end: int) -> bool:
    """Is the country at start..end the delegation in a speaker's label ("Mr. X (France):")?"""
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")" and \
        LABEL_END_AFTER.match(text, end) is not None and \
        LABEL_NAME_BEFORE.search(text, max(0, start - 50), start) is not None
