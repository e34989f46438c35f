"""A member of the public set after the verb: '"...," said one respondent, a veteran in Ohio',
"said a resident of the town". The person speaks for themselves, unnamed: another source, one.
(The order "one respondent said" is read by sourcing_public.py.)
"""

from __future__ import annotations

import regex

# what follows the verb (matched at each verb the plain string search finds: linear, cheap)
_ONE_AFTER = regex.compile(
    r"(?:one|a|an|another)\s++(?:[a-z][\w-]*+\s++){0,2}?"
    r"(?:respondent|resident|witness|eyewitness|villager|survivor|neighbou?r|voter|participant|"
    r"parent|farmer|shopkeeper|student|teacher|driver|passenger|relative)\b"
    r"(?!\s++(?:official|officer|commander|source|spokes\w++)s?\b)"
)
_VERBS = ("said ", "says ", "added ", "recalled ")


def said_public(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each unnamed person who speaks after the verb."""
    found = []
    for verb in _VERBS:
        at = text.find(verb)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                m = _ONE_AFTER.match(text, at + len(verb))
                if m:
                    found.append((at, m.end(), "other", 1))
            at = text.find(verb, at + len(verb))
    return sorted(found)
