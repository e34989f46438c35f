"""A toll told of a happening recalled by a definite name: "Three were wounded in the initial
strike, and two more ...", "four were hurt in the first attack". The clause names a happening
already told (the one the story is on about), not a new one: its toll goes to that happening.
"""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT

# "in the initial strike", "during the first attack", "by the original barrage"
_RECALLED = re.compile(r"\b(?:in|during|by)\s+the\s+(?:initial|first|original|earlier|"
                       r"same)\s+$", re.I)


def recalls_told(text: str, c_start: int, t_start: int) -> bool:
    """Is the clause's action word the name of a happening told before ("in the initial
    strike")? Cheap: a look at the few words before the trigger."""
    return _RECALLED.search(text, max(c_start, t_start - 30), t_start) is not None


def tolled_recently(drafts: list[Draft], i: int, entry: int = -1,
                    reach: int = 5) -> Draft | None:
    """The violent happening with a toll told last, in the last few sentences (the same
    live-blog entry): the one a recalled name points at."""
    for d in reversed(drafts):
        if d.kind in VIOLENT and d.casualties and d.entry == entry and \
                0 <= i - d.sentence <= reach:
            return d
    return None


# "the attack on the base left four wounded": a happening named by "the" and its site, with
# a toll (the trigger is the noun; its site follows)
_THE_NAMED = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?$", re.I)
_SITE_AFTER = re.compile(r"[a-z]+\s+(?:on|at|against)\s", re.I)


def names_told_site(text: str, c_start: int, t_start: int) -> bool:
    """Is the clause's trigger a noun brought in with "the" and followed by the site it hit
    ("the attack on Qasrak left ...")? Such a clause retells a happening; it has no day of
    its own to borrow from the sentence before."""
    return _THE_NAMED.search(text, max(c_start, t_start - 20), t_start) is not None and \
        _SITE_AFTER.match(text, t_start, t_start + 30) is not None


# "succumbed to wounds he sustained in the strike", "died of injuries suffered in the attack":
# a death told of a happening named by "the", news of its toll and not a happening itself
_DIED_OF_THE = re.compile(r"\b(?:succumb(?:ed|s)?\s+to|died\s+(?:of|from))\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:wounds|injuries)\b[^.;,]{0,40}?\b(?:in|during|by)\s+the\s+"
                          r"(?:[\w-]+\s+)?$", re.I)


def died_of_told(text: str, c_start: int, t_start: int) -> bool:
    """Is the clause's trigger the happening the dead man's wounds came from ("succumbed to
    wounds sustained in the strike")? Cheap: "succumb"/"died" must be in the words before."""
    window = text[max(c_start, t_start - 90):t_start]
    if "succumb" not in window and "died" not in window:
        return False
    return _DIED_OF_THE.search(text, max(c_start, t_start - 90), t_start) is not None
