"""A court complaint's news: who sues whom over what.

A complaint opens on its caption ("DENISE ROE, ...; and JOHN ROE, Plaintiffs, v. THE ISLAMIC
REPUBLIC OF IRAN; ..., Defendants.") and says in its first numbered paragraph what it is about
("This is an action for wrongful death ... arising from the drone attack on ... in which ...
was killed."). A reader wants both in one line: "Denise Roe and other plaintiffs sue the
Islamic Republic of Iran and others over the drone attack on ...". The toll follows from the
attack's facts (narrative.py).
"""

from __future__ import annotations

import re

_TOP = 4000  # characters: the caption and the nature of the action
_CAPTION = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Z.'’ -]{3,60}?),[^\n]*(?:\n+[^\n]*){0,10}?\n+[ \t]*"
                      r"Plaintiffs?,?[ \t]*\n+[ \t]*v\.?[ \t]*\n+[ \t]*([A-Z][A-Z.'’ \n-]{3,80}?)"
                      r"([;,])")
_ACTION = re.compile(r"This\s+is\s+an\s+action\s+for\s+[^.]{3,160}?\s+arising\s+(?:out\s+of|from)"
                     r"\s+(the\s+[^.]{10,300}?\.)(?=\s)")
_SMALL = frozenset("of the and for in on at to".split())


def _name(caps: str) -> str:
    words = caps.split()
    return " ".join(w.lower() if i and w.lower() in _SMALL or i == 0 and w == "THE"
                    else w[:1] + w[1:].lower() for i, w in enumerate(words))


def complaint_lede(text: str) -> str:
    """'X and other plaintiffs sue Y and others over the drone attack on ...', or ''."""
    top = text[:_TOP]
    if "Plaintiff" not in top:
        return ""
    caption = _CAPTION.search(top)
    action = _ACTION.search(top)
    if caption is None or action is None:
        return ""
    plaintiffs = caption.group(1)
    others = " and other plaintiffs" if re.search(r";|\band\b", top[caption.start(1):
                                                             caption.start(2)]) else ""
    defendant = _name(caption.group(2))
    more = " and others" if caption.group(3) == ";" else ""
    return f"{_name(plaintiffs)}{others} sue {defendant}{more} over {action.group(1)}"
