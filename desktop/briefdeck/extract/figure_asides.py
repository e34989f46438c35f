"""Numbers that describe rather than count: a loose age, a name's number word, a section number.

A reader briefing figures wants counts of troops, weapons and attacks, not "a man of about
40" (how old a casualty is), "60ish" (a guess at an age or a time), the "Five" of the "Five Star
Movement" (a party's name), nor the "2.3" of a document's run-in heading ("2.3 Deletions.
Djibouti: ..."). Each test is a look at a few characters around the number.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity

# "a man of about 40", "a woman of 62 with ...": how old someone is (qualifier inside q).
_PERSON_OF = re.compile(r"\b(?:man|woman|boy|girl|person|teenager|youth|child|driver|"
                        r"shepherd|farmer|fisherman)\s+of\s+$", re.I)
# "was 60ish", "60-ish" is an adjective already: a guess, never a count.
_ISH = re.compile(r"ish\b")
# A number word spelled with a capital inside running text, then another capitalised word:
# part of a name ("said Five Star Movement lawmaker", "the Big Three", "Seven Seas").
_NAME_WORD_NEXT = re.compile(r" [A-Z][a-z]")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*[,:]? $")
# "2.3 Deletions. Djibouti: ...": a document's numbered section with a short run-in title
# ending in a full stop, after the sentence before it or at a line's start.
_DECIMAL_SECTION = re.compile(r"\d{1,2}\.\d{1,2}")
_RUN_IN_TITLE = re.compile(r" [A-Z][a-z'’-]+(?: [a-z'’-]+| [A-Z][a-z'’-]+){0,3}\.(?=\s|$)")
_LINE_OR_SENTENCE_END = re.compile(r"(?:^|\n|[.!?][\"”’)]? )$")


def describes(text: str, q: Quantity, sent_start: int) -> bool:
    """Whether q is a number that describes (an age, a name, a section), not a count."""
    if q.money or q.percent:
        return False
    # (the cheap test of each shape first: most numbers pass none)
    if text[q.start - 3:q.start] == "of " and q.value < 120 and \
            _PERSON_OF.search(text, max(sent_start, q.start - 24), q.start):
        return True  # "a man of about 40 with moderate shrapnel wounds": his age
    if text.startswith("ish", q.end) and q.text[-1:].isdigit() and _ISH.match(text, q.end):
        return True  # "the woman who died was 60ish"
    if q.text[:1].isupper() and q.text.isalpha() and q.start > sent_start and \
            _NAME_WORD_NEXT.match(text, q.end) and \
            _LOWER_WORD_BEFORE.search(text, max(sent_start, q.start - 30), q.start):
        return True  # "said Five Star Movement lawmaker ...": a name, in running text
    if "." in q.text and _DECIMAL_SECTION.fullmatch(q.text) and \
            _RUN_IN_TITLE.match(text, q.end) and \
            _LINE_OR_SENTENCE_END.search(text, max(0, q.start - 4), q.start):
        return True  # "2.3 Deletions. Djibouti: the port ...": a section's number
    return False
