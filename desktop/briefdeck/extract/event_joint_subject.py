"""Subjects joined by "and": "U.S. and British aircraft struck ...", "four rockets and two
drones were launched at ...". The clause cut at "and" would credit the strike to the British
alone, or lose the rockets; a short noun phrase before "and" (no verb in it, opening the
sentence or a clause of its own) is a part of the subject, and the clause starts before it.
So does the name a "who" clause tells of: "To Lt. Col. Renee Alvarado, who takes command
today: you are getting ..." is Alvarado's taking command, not "Who takes command today".
"""

from __future__ import annotations

import re

# up to four words, none a verb a clause of its own would have ("said", "hit", "-ed")
_NOUN_PHRASE = re.compile(r"(?:[\w.'’()-]+\s+){0,3}[\w.'’()-]+")
_VERB = re.compile(r"(?i:said|says|say|told|is|was|were|are|be|been|has|have|had|will|would|"
                   r"could|can|may|might|did|does|do|it|they|he|she|we|I|there|then|also|not|"
                   r"hit|struck|fell|shot|fired|downed|killed|wounded|saw|came|went)|"
                   r"(?-i:[a-z]+ed)")
_ALLOWED_ED = frozenset({"unmanned", "armed", "guided", "based", "crewed", "uncrewed",
                         "wheeled", "tracked"})


# "on Friday and handed the site": a time or place told before "and", not a subject
_PREPOSITION = re.compile(r"(?i:on|in|at|by|for|from|with|to|near|over|since|during|after|"
                          r"before|of|under|into|across|against|about|around|through|as)\s")

_OPENS_CLAUSE = frozenset({"as", "when", "while", "because", "since", "if", "that", "which",
                           "who", "where", "after", "before", "said", "says"})


def joint_subject(text: str, start: int, and_start: int, trigger: int) -> bool:
    """text[start:and_start] (before " and ") is the first part of a subject joined by "and",
    the second part told before the action word at trigger ("and handed": no subject)."""
    words = text[start:and_start].strip()
    second = text[and_start + 5:trigger].split()
    # "in Nahariya, Shlomi and the communities of the Galilee as rockets were fired": places
    # listed, the action word's subject comes later
    if not words or _NOUN_PHRASE.fullmatch(words) is None or _PREPOSITION.match(words) or \
            not second or len(second) > 8 or any(w.endswith(",") or w in _OPENS_CLAUSE
                                                 for w in second):
        return False
    return not any(_VERB.fullmatch(w) and w.lower() not in _ALLOWED_ED for w in words.split())


# "To Lt. Col. Renee Alvarado": a name (an address's "To" left out)
_NAME = re.compile(r"(?:To\s+)?((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)")


def named_antecedent(text: str, start: int, comma: int) -> int | None:
    """Where the name text[start:comma] (before ", who") starts, if it is one; else None."""
    m = _NAME.fullmatch(text, start + len(text[start:comma]) - len(text[start:comma].lstrip()),
                        comma)
    return m.start(1) if m is not None else None
