"""Loose amounts that are no reported count: rhetoric in quotes, a background tally.

"Dozens", "a few hundred", "two" said in passing give a sense of scale or an argument's
weight; quoted ("those two things"), held at arm's length ('"dozens" of drones'), set in the
background ("dozens of them over the years") or a circumstance ("with hundreds of troops still
there"), they are not counts an analyst would brief. Exact counts in the same places stay.
"""

from __future__ import annotations

import re

from briefdeck.extract.borrowed_nouns import BARE_DEFINITE
from briefdeck.extract.figure_tolls import TOLL_VERB
from briefdeck.extract.numbers import Quantity
from briefdeck.extract.sentences import Sentence, inside
from briefdeck.extract.vague_amounts import (
    BOUNDED_DOZEN,
    CLOSE_QUOTES,
    DESIGNATOR,
    FORMATIONS_AFTER,
    HOLDING,
    OPEN_QUOTES,
    SINCE,
    STILL_AFTER,
)


def loose_in_quotes(text: str, q: Quantity, sent: Sentence,
                    quoted: list[tuple[int, int]]) -> bool:
    """A loose amount inside a speaker's quoted words, or a vague one quoted on its own."""
    if q.vague and q.text[-1:] == "s" and text[q.start - 1:q.start] in OPEN_QUOTES \
            and text[q.end:q.end + 1] in CLOSE_QUOTES:
        return True  # 'shot down "dozens" of drones': a claim held at arm's length
    if (q.vague or (q.value <= 3 and q.text.replace(" ", "").isalpha() and
                    " to " not in q.text)) and \
            inside(quoted, q.start, q.end) and not BOUNDED_DOZEN.match(q.text) and \
            not (not q.vague and (DESIGNATOR.match(text, q.end, sent.end) or
                                  FORMATIONS_AFTER.match(text, q.end, sent.end))) and \
            not (text[q.start - 1:q.start] in "\"“" and text[q.end:q.end + 1] in "\"”") \
            and not (not q.vague and text[q.start - 1:q.start] in "\"“" and
                     q.start - 1 > sent.start and text[q.start - 2].isspace()) \
            and not (not q.vague and in_count_fragment(text, quoted, q.start)) \
            and not (not q.vague and _PAIRED_BEFORE.search(text, max(sent.start, q.start - 40),
                                                           q.start)):
        return True  # (an amount quoted on its own, '"a dozen or so" drones', is kept; so
        # is a count opening a fragment of a statement: struck "three facilities ...", and
        # a range a speaker estimates: "delays of one to three hours")
    return False


def loose_background(text: str, q: Quantity, sent: Sentence) -> bool:
    """A vague amount that tallies the background, a toll of one action or a circumstance."""
    if q.vague and not re.search(r"\d", q.text) and (
            (q.text[-1:] == "s" and text[q.end:q.end + 4] == " of " and
             BARE_DEFINITE.search(text, max(sent.start, q.start - 8), q.start)) or
            HOLDING.search(text, max(sent.start, q.start - 12), q.start) or
            q.qualifier == "at least" and SINCE.match(text, q.end, sent.end)):
        return True  # a vague background tally, not a reported count
    if q.vague and q.value < 1000 and not re.search(r"\d", q.text) and \
            TOLL_VERB.search(text, max(sent.start, q.start - 12), q.start):
        return True  # "killed dozens of soldiers": a vague toll of one action, not
        # a war's ("has killed half a million people")
    if q.vague and q.text[-1:] == "s" and not re.search(r"\d", q.text) and \
            _VAGUE_TOLL_AFTER.match(text, q.end, sent.end):
        return True  # "dozens of American personnel were killed or wounded": a claimed toll
        # with no number in it (the event carries it), not a count of a force
    if q.vague and text[q.start - 5:q.start] == "with " and \
            STILL_AFTER.match(text, q.end, sent.end):
        return True  # "the deadline passed with hundreds of troops still there": the
        # circumstance of another fact, a vague state, not a reported count
    return False


_VAGUE_TOLL_AFTER = re.compile(r"\s+of\s+(?:[\w.-]+\s+){0,3}?(?:were|have\s+been|had\s+been)\s+"
                               r"(?:killed|wounded|injured|hurt)\b")
# A count tied to another count before it: "struck seven targets at three locations" (a
# statement's precise tally, not a speaker's loose "those two things").
_PAIRED_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve)\s+[a-z-]{3,}s\s+(?:at|in|across|on|from)\s+$")
# A quoted fragment that opens with a count: 'struck "five targets at three locations"'.
# (in lower case: a fragment run into the sentence, not a quoted sentence of its own)
_COUNT_OPENING = re.compile(r'["“](?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|'
                            r'eleven|twelve|a\s+dozen)\b)')


def in_count_fragment(text: str, quoted: list[tuple[int, int]], pos: int) -> bool:
    """Is pos inside a short quoted fragment that opens with a count? Its other counts are
    the statement's own figures, as its first one is, not a speaker's loose words."""
    span = next((s for s in quoted if s[0] <= pos < s[1]), None)
    return span is not None and span[1] - span[0] <= 60 and \
        _COUNT_OPENING.match(text, span[0]) is not None
