"""Where a sourcing that opens on an office holder's title starts: at the place the office
belongs to ("Shekhan district mayor X told", "Red Sea State Governor Y said") and at a lead
that says whom they spoke to ("Speaking to Radio Z, the town's mayor said").

The scans that find a named speaker start at the title; the place before it says which mayor
or governor it is, and is part of how the report sources the claim.
"""

from __future__ import annotations

import re

# ("Pentagon deputy press secretary X": a body's press office holder, its owner before it)
_TITLE = re.compile(r"(?:(?:State|Province|Provincial|District|City|Regional|County)[ \t]+)?"
                    r"(?:(?:deputy|assistant|acting|senior|principal|chief)[ \t]+)?"
                    r"(?i:mayor|governor|head|chief|commander|minister|director|spokes(?:man|"
                    r"woman|person)|prefect|mukhtar|press[ \t]+secretary)\b")
# One to three capitalised words, and the kind of place they name, just before the title.
_OWNER = re.compile(r"(?<![\w'’.-])(?P<own>(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:(?:district|province|"
                    r"provincial|state|city|town|village|county|governorate|region|municipal|"
                    r"local)[ \t]+)?)$")
# Words a sentence opens on that are no part of a place's name.
_NOT_OWNER = frozenset("The A An On In At By For But And Or So Then When While After Before "
                       "Meanwhile Also Earlier Later Yesterday Today Tonight Separately However "
                       "Last This That Its Their His Her Our Speaking Asked Told According".split())
# Whose the office speaking is: "The Houthis' military spokesman claimed", and the spokesperson
# for a body "A spokesman for the prime minister's office said" (the scans start at the body).
_OWN_ROLE = re.compile(r"(?:[a-z]+[ \t]+){0,2}(?:spokes(?:man|woman|person)|office|command|"
                       r"commander|chief|media[ \t]+(?:office|centre|center|wing))\b")
_POSSESSOR = re.compile(r"(?<![\w'’.-])(?:(?:[Tt]he[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*|"
                        # ("the Iraqi government's spokesman": a country's body)
                        r"[Tt]he[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:[a-z]+[ \t]+)?[a-z]+)"
                        r"(?:['’]s|(?<=s)['’])[ \t]+$")
_SPOKESPERSON_FOR = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z]+[ \t]+)?"
                               r"spokes(?:man|woman|person)[ \t]+for[ \t]+$")
_SPOKE_TO = re.compile(r"(?<![\w'’-])Speaking[ \t]+(?:to|with)[ \t]+[^,.;:\n\"“”]{2,50},[ \t]+$")


def _owned_role(text: str, start: int) -> int:
    """The start moved back over the body a lower-case role belongs to."""
    if text.startswith("the ", start):
        spokesperson = _SPOKESPERSON_FOR.search(text, max(0, start - 40), start)
        return spokesperson.start() if spokesperson else start
    if not text[start:start + 1].islower() or not _OWN_ROLE.match(text, start):
        return start
    owner = _POSSESSOR.search(text, max(0, start - 50), start)
    return owner.start() if owner else start


def role_owner(text: str, start: int) -> int:
    """The start of a sourcing at start, moved back over its title's place and a lead."""
    if not _TITLE.match(text, start):
        return _owned_role(text, start)
    before = text[max(0, start - 60):start]
    m = _OWNER.search(before)
    if m:
        words = m.group("own").split()
        skip = 0
        while skip < len(words) and words[skip] in _NOT_OWNER:
            skip += 1
        if skip < len(words) and words[-1] not in _NOT_OWNER:
            own = before[m.start():]
            for word in words[:skip]:  # past the opening words that name no place
                own = own[own.index(word) + len(word):].lstrip()
            start -= len(own)
            before = text[max(0, start - 60):start]
    elif text[start:start + 1].islower():  # "the Iraqi government's spokesman said"
        owner = _POSSESSOR.search(before)
        if owner:
            start -= len(before) - owner.start()
            before = text[max(0, start - 60):start]
    lead = _SPOKE_TO.search(before)
    return start - (len(before) - lead.start()) if lead else start
