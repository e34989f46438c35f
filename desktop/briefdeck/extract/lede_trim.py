"""A long lede made shorter without losing its news.

Statements and ministry releases open on one long sentence that carries everything: when
("At dawn on Tuesday, 1 December 2026, "), the operation's name (', in an operation named
"True Promise",'), the date again in brackets, then what was done and the toll. A BLUF over
35 words loses the reader; the timeline under it gives the date, so a long lede drops, in
turn: a date that only repeats in brackets, the operation's name, and its opening time phrase.
It never drops a toll, a place or whose site was hit ("a site belonging to the militia").
Also: a religious statement's opening invocation ("With praise to Almighty God and salutations
upon the Prophet ..., the Corps announces ...") is no part of its news.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
# "(1 December 2026)": a date given again, after another calendar's or a weekday's wording.
_BRACKETED_DATE = re.compile(rf"\s*\((?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|"
                             rf"{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)\)")
# ', in an operation named "True Promise",': the name, not what was done.
_OPERATION_NAME = re.compile(r",\s+in\s+(?:an?\s+|the\s+)?operation\s+(?:named|called|dubbed|"
                             r"code-?named)\s+[\"“][^\"”]{1,60}[\"”],")
# "At dawn on Tuesday, 1 December 2026, ", "Early on Monday, ", "On Tuesday, 1 December, ".
# (at the sentence's head, or at the head of what someone "announces that")
_TIME_OPENING = re.compile(rf"(?:^|(?<=\bthat\s))(?:(?:[Aa]t\s+(?:dawn|dusk|night|midnight|"
                           rf"noon)|Early|Late|Shortly\s+after\s+(?:midnight|dawn))(?:\s+(?:on|today|this))?|On)"
                           rf"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today)"
                           rf"(?:,?\s+(?:the\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
                           rf"(?:,?\s+\d{{4}})?)?(?:,\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
                           rf"Sun)day\s+)?\d{{1,2}}\s+[A-Z][a-z]+(?:\s+\d{{4}})?)?,\s+"
                           rf"(?=[a-z]|the\s)")
# "With praise to Almighty God and salutations upon the Prophet ..., ", "In the name of God,
# the Compassionate, the Merciful, ": the invocation before a statement's subject.
INVOCATION = re.compile(r"(?:With\s+(?:praise|thanks|gratitude)\s+(?:to|be\s+to)|In\s+the\s+name"
                        r"\s+of)\s+(?:Almighty\s+)?(?:God|Allah)\b[^.;:]{0,160}?,\s+"
                        r"(?=(?:the|The)\s+(?:[A-Z][\w'’-]*\s+){1,6}[a-z])")  # (its subject, verb)


def shorter(text: str, limit: int) -> str:
    """The sentence with its repeats and its opening time phrase dropped, while over `limit`
    words."""
    for cut in (_BRACKETED_DATE, _OPERATION_NAME, _TIME_OPENING):
        if len(text.split()) <= limit:
            break
        text = cut.sub("", text, count=1)
    return text[:1].upper() + text[1:]
