"""Whether a capitalised run can be a person's name: not an adjective ("Non-NATO"), a body
("Al Jazeera said"), a place ("Las Cruces, New Mexico, said") or an outlet's or company's
short name ("Jane Roe said" where the text also writes "Jane Roe News Agency"). Every
reader of people asks it of what it found, so it is one test, kept in one place."""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.person_patterns import NOT_FIRST, ORG_TAIL, OUTLET
from briefdeck.extract.person_ranks import NATION
from briefdeck.geo.us_towns import STATES

# Country names that are also given names: "defense minister Israel Katz" (a full name, its
# surname no country or title word).
_GIVEN_TOO = frozenset({"Israel"})

_PREFIXED = re.compile(r"(?:Non|Anti|Pro|Ex|Post|Pre|Pan|Sub|Inter|Trans)-")


def not_first_name(words: list[str]) -> bool:
    """Whether a name's first word cannot open a person's name."""
    first = words[0].rstrip(".")
    if _PREFIXED.match(first):
        return True  # "Major Non-NATO Ally": "Non-", "Anti-", "Pro-" open adjectives, no name
    return first in NOT_FIRST and not (first in _GIVEN_TOO and len(words) > 1 and
                                       words[1] not in NOT_FIRST)


def plausible_name(name: str, is_place) -> bool:
    words = name.split()
    if not_first_name(words) or any(
            w in ("Base", "Air", "Airfield", "Camp") for w in words):
        return False
    if known_organization(name) or (is_place and is_place(name)) or OUTLET.fullmatch(name):
        return False  # "Al Jazeera said": a broadcaster, not a person
    if ORG_TAIL.search(name) or _PLACE_TAIL.search(name) or name in _US_STATES:
        return False  # ("Las Cruces, New Mexico, said": the state after its town)
    if len(words) > 1 and _NATIONALITY.fullmatch(words[-1]):
        return False  # "I am Lebanese American": who someone is, no surname
    return True


_NATIONALITY = re.compile(NATION)
# A US state of two words, written out, is no one's name ("New Mexico", "Rhode Island").
_US_STATES = frozenset(n for names in STATES.values() for n in names if " " in n)
# Nor like a place ("in Syunik Province, the head of the ... said").
_PLACE_TAIL = re.compile(r"\b(?:Province|Region|District|Governorate|Oblast|County|Prefecture|"
                         r"Valley|River|Mountains?|Islands?|Strait|Sea|Bay|Gulf|Desert|Peninsula|"
                         r"City|Village|Square|Street|Road|Bridge|Port|Airport|Crossing)$")

# An outlet's name without its noun ("told Jane Roe" where the masthead reads "Jane Roe News
# Agency"): the text writes the same words with an outlet's noun after them somewhere.
# A company's short name the same way ("Jane Roe said" where the text also writes "Jane Roe
# Petroleum"): the words are its name, no one's.
_OUTLET_NOUN = (r"\s+(?:News(?:\s+Agency)?|Agency|TV|Television|Radio|Network|Channel|Daily|"
                r"Petroleum|Oil|Energy|Corp(?:oration)?|Inc|Ltd|Holdings|Industries|Airlines|"
                r"Airways|Aerospace|Technologies|Logistics|Shipping)\b")


# where an outlet's noun follows (the text's last read kept: a long list of names, a table of
# attendees, asks of each name, and a search of the whole text per name costs its square)
_OUTLET_NOUN_AT = re.compile(f"(?={_OUTLET_NOUN})")
_nouns_at: tuple[str, list[int]] = ("", [])


def outlet_name(text: str, name: str) -> bool:
    global _nouns_at  # noqa: PLW0603 (the one text read last)
    if len(name.split()) < 2:
        return False  # (no "name in text" test first: a scan of the whole text per name)
    if _nouns_at[0] is not text:
        _nouns_at = (text, [m.start() for m in _OUTLET_NOUN_AT.finditer(text)])
    n = len(name)
    return any(at >= n and text.startswith(name, at - n) for at in _nouns_at[1])
