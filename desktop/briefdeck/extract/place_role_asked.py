"""A move a journalist puts in a question, or only "there are reports" of, is not told as done.

At a press conference "Rudaw: There are reports that additional Patriot launchers arrived at
Erbil airport last week. Was Baghdad consulted?" is what the reporter asks about, not what the
report establishes (here the spokesperson went on to deny it). So a reinforcement or a
withdrawal told only in a question (a sentence ending in "?") or in a hedged "There are/were
reports that ..." (a reporter's hedge, in a question turn or not), or an open point put as
"Whether ..." or "It is unclear whether ..." (an intelligence gap), gives its place no
role and its air defences no posture in the BLUF and key points. Attacks are left alone: a
reporter's "the attack on Harir, was that last Wednesday?" takes the attack as given (and the
answer usually tells it too).
"""

from __future__ import annotations

import re

# "There are reports that", "there were unconfirmed reports of", "There have been reports"
REPORTS = re.compile(r"\s*(?:[\w'’,:-]+\s+){0,6}?there\s+(?:are|were|have\s+been|has\s+been)\s+"
                      r"(?:\w+\s+){0,2}?(?:reports?|claims?|suggestions?)\b", re.I)
# An intelligence gap or an open point: "b. Whether the NASAMS section left Iraq or ...",
# "It is unclear whether the battery moved to X": asked, not told.
WHETHER = re.compile(r"\s*(?:[a-z0-9]{1,3}[.)]\s+)?(?:[Ww]hether\b|(?:[Ii]t\s+(?:is|was|remains)"
                     r"\s+)?(?:unclear|unknown|not\s+(?:yet\s+)?(?:clear|known))\s+(?:whether|if)\b)")


# A prediction market's rule: 'This market will resolve to "Yes" if ... forces will leave X',
# 'a move of troops to X does not resolve this market', '... do not count': what would settle
# the bet, a condition, not a move made.
RESOLVES = re.compile(r"\b(?:resolv(?:e|es|ed|ing)|resolution)\b[^.?!\n]{0,40}?\b(?:market|"
                      r"question|contract|[\"“']?(?:Yes|No)\b)|\b(?:market|contract)\b[^.?!\n]{0,40}?"
                      r"\bresolv(?:e|es|ed|ing)\b|\bdo(?:es)?\s+not\s+count\b")


def asked(text: str, sent_start: int, sent_end: int) -> bool:
    """Is the sentence a question or a hedged "there are reports"? (A question turn's plain
    statement, "You moved a battery to Erbil. Why?", is the asker's premise, which the answer
    usually confirms: it is read as told.) A market's rule is asked too: it is a condition."""
    sentence = text[sent_start:sent_end].rstrip(" \t\r\n\"'”’)")
    if "resol" in sentence or "count" in sentence:  # (the cheap test first)
        if RESOLVES.search(sentence):
            return True
    return sentence.endswith("?") or REPORTS.match(text, sent_start, sent_end) is not None or \
        WHETHER.match(text, sent_start, sent_end) is not None


def told_only_as_asked(text: str, low: str, name: str, sentence_span) -> bool:
    """Is every mention of name inside an asked sentence? (low is the text in lower case;
    sentence_span(pos) gives the sentence (start, end) around a position, or None.)"""
    if not name:
        return False
    key = name.lower()
    pos, seen = low.find(key), False
    while pos >= 0:
        span = sentence_span(pos)
        if span is None or not asked(text, *span):
            return False
        seen = True
        pos = low.find(key, pos + len(key))
    return seen
