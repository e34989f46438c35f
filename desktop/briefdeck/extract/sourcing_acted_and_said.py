"""A body that acts and reports on it in one breath: "SDF forces raided a launch area near X on
Saturday and reported detaining four men", "The airline suspended its flights for a week and
said ...". What follows "and said" is the body's own account, so the body is the source; the
sourcing runs from the body over what it did (the act its account is about) to the verb, and
over the record it reports in a gerund ("reported detaining four men").
"""

from __future__ import annotations

import re

from briefdeck.extract.institutions import INSTITUTION
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.sentences import Sentence
from briefdeck.extract.sourcing_draft import SourcingDraft, canonical
from briefdeck.extract.sourcing_patterns import ANY_VERB

# At a sentence's or a clause's head: the body, a past act (one clause: no comma, no quote),
# then "and said" (or reported, announced, claimed, confirmed).
_ACTED_AND_SAID = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?P<who>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:\s+(?:forces|army|police|military|ministry|command))?)\s+(?!(?:said|reported)\b)"
    r"(?P<act>[a-z]+ed)\b[^,.;:!?\"“”()\n]{3,100}?\s+and\s+(?:later\s+|also\s+)?"
    r"(?:said|reported|announced|claimed|confirmed)\b"
    # the record it reports: "reported detaining four men", "reported killing two"
    r"(?:(?<=reported)\s+(?:detaining|arresting|capturing|killing|seizing|downing|"
    r"intercepting|destroying|finding)\b(?:\s+[\w-]+){1,3}?(?=\s*[,.;]|\s+(?:in|at|near|on|"
    r"from|and)\b))?")
_INSTITUTION = re.compile(INSTITUTION)
_THE = re.compile(r"^The\s+")


def acted_and_said(d: SourcingDraft, sent: Sentence, low: str) -> None:
    """A body reporting on its own act, sourced from the body over the act to the verb."""
    if " and " not in low or "ed " not in low:
        return
    for m in _ACTED_AND_SAID.finditer(d.text, sent.start, sent.end):
        if ANY_VERB.fullmatch(m.group("act")):
            continue  # "the army acknowledged X and said": it spoke first (bodies_speaking.py)
        who = _THE.sub("", m.group("who"))
        body = canonical(d.spelled(who))
        if body not in d.bodies and (known_organization(who) or _INSTITUTION.fullmatch(who)) \
                and d.add(m.start(), m.end(), "spokesperson", 1):
            d.bodies.add(body)  # "the SDF said" after: the same body again
