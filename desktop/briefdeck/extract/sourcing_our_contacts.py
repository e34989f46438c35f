"""An unnamed source the writer's own team keeps in touch with: "A former army officer we speak
to in Beirut said", "one official I spoke with told".

Briefings and consultancies name their contacts by what they are and how the team knows them;
the clause "we speak to (in X)" sits between the source and its verb, where the scans for
unnamed officials look for the verb straight after the source.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.people import PeopleIndex

_CONTACT = re.compile(
    r"\b(?P<who>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Oo]ur)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?"
    r"(?:officers?|officials?|sources?|contacts?|diplomats?|commanders?|aides?))[ \t]+"
    r"(?:(?:we|I)[ \t]+(?:regularly[ \t]+|often[ \t]+)?(?:speak|spoke|talk|talked|have[ \t]+"
    r"spoken|['’]ve[ \t]+spoken|met)(?:[ \t]+(?:to|with))?)"
    r"(?:[ \t]+(?:in|at|from)[ \t]+[A-Z][\w'’-]*)?,?[ \t]+(?:said|says|told|tells)\b"
)
# The clause _CONTACT needs, with its "we" or "I" (searched for its literal word, fast): a cheap
# test before _CONTACT, whose opening article is tried at every word, scans the whole text.
_WE_SPEAK = (
    r"[ \t]+(?:regularly[ \t]+|often[ \t]+)?(?:speak|spoke|talk|have[ \t]+spoken|"
    r"['’]ve[ \t]+spoken|met)"
)
_WE = re.compile("we" + _WE_SPEAK)
_I = re.compile("I" + _WE_SPEAK)


def our_contacts(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each contact the writer's team speaks to, with its verb."""
    if " we " not in text and " I " not in text or not (_WE.search(text) or _I.search(text)):
        return []
    out = []
    for m in _CONTACT.finditer(text):
        kind, count = classify(m.group("who"), people, m.start("who"))
        if kind == "anonymous official":
            out.append((m.start(), m.end(), kind, count))
    return out
