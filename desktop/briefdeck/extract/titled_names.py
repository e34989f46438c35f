"""An office written in capitals, then a person's name: a named official.

Press releases name their officials by a long office set before the name ("U.S. Attorney Jane
Roe for the District of X said", "Special Agent in Charge John Doe of the FBI Y Field Office
said", '"...," said Assistant Attorney General Jane Roe of the Z Division'). The body scans read
such words as an institution speaking, and the named-speaker scan looks for "said" only just
before the name; the office before a personal name makes the sourcing a named official's.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.attribution_kinds import person_kind
from briefdeck.extract.institutions import BODY
from briefdeck.extract.sourcing_draft import SourcingDraft
from briefdeck.extract.sourcing_named_people import CLAUSE_VERB_AFTER

# The noun an office ends on, just before the name.
_OFFICE_NOUN = (r"(?:Attorney|Agent\s+in\s+Charge|Agent|Prosecutor|Judge|Inspector|Sheriff|"
                r"Marshal|Administrator|Commissioner|Director|Secretary|Minister|Ambassador|"
                r"Governor|Mayor|Chief|Commander|General|Admiral|Counsel|Solicitor|"
                r"Spokes(?:man|woman|person))")
# Up to three capitalised words of office before the noun, a two-word name (an initial
# allowed), then where the office sits ("for the District of X", "of the FBI Y Office").
TITLED_NAME = re.compile(rf"^(?P<office>(?:[A-Z][\w.'’-]*\s+){{0,3}}{_OFFICE_NOUN})\s+"
                         r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?:(?:al|el)-)?[A-Z][a-z'’-]+)"
                         r"(?:\s+(?:of|for|at)\s+\S.*)?$", re.S)
_BODY_WORD = re.compile(rf"(?i)\b(?:{BODY}|office|division|district|court|council|staff)\b")
# Capitalised words of the same office just before a body scan's start: "Special " before
# "Agent in Charge".
_OFFICE_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Z][a-z]+[ \t]+){1,2}$")
_OPENERS = frozenset("The A An On In At By For But And Or So Then When While After Before "
                     "Meanwhile Also Earlier Later Separately However Last This That".split())


def titled_person(who: str) -> re.Match[str] | None:
    """The office and name in words a body scan found, when they name a person."""
    m = TITLED_NAME.match(who.strip())
    if m is None or _BODY_WORD.search(m.group("name")):
        return None  # "Attorney General Office": a body, no name
    return m


def office_start(text: str, start: int) -> int:
    """Where an office named before a titled person begins: back over "Special "."""
    m = _OFFICE_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group().split()[0] in _OPENERS:
        return start
    return m.start()


# '"...," said Assistant Attorney General Jane Roe': "said", then an office of capitalised
# words, ending just before a name the people index holds.
_SAID_OFFICE = re.compile(r"\b(?:said|says)\s+(?:[A-Z][\w.'’-]*\s+){1,5}$")


# "Jane Roe for the District of X said": where the office sits, between the name and the verb.
_SEAT_THEN_SAID = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][^,;\"“”]{2,70}?\s+(?:said|says)\b")


def said_office_name(d: SourcingDraft, start: int, end: int) -> None:
    """The people of a sentence named after "said" and a long office, or after a long office
    with its seat before "said"."""
    text, people = d.text, d.people
    lo = bisect.bisect_left(people.mentions, (start, -1, ""))
    hi = bisect.bisect_left(people.mentions, (end, -1, ""))
    for s, e, name in people.mentions[lo:hi]:
        if name in d.named_once or not text[s:s + 1].isupper():
            continue
        said = _SAID_OFFICE.search(text, max(start, s - 80), s)
        if said and CLAUSE_VERB_AFTER.match(text, e):
            continue  # "X said President Roe had been briefed": Roe opens what X said
        if said is None:
            seat = _SEAT_THEN_SAID.match(text, e, end)
            span = people.titled_span(s, e) if seat else None
            if seat and span and span[0] < s and d.add(span[0], seat.end(), person_kind(
                    name, people), 1):
                d.named_once.add(name)  # "U.S. Attorney Jane Roe for the District of X said"
            continue
        if d.add(said.start(), e, person_kind(name, people, text[said.start():s]), 1):
            d.named_once.add(name)
