"""A toll's party as a reader says it: the people, not the country. The extractor files the
hurt under a party that may be a country's name ("Iraq" for an Iraqi soldier, "Syria" for a
Syrian fighter); "1 Iraq wounded" reads as the state hurt. A country said as a party is its
people's adjective ("1 Iraqi", "2 Syrians"); a body or force ("U.S.", "SDF", "PMF") stays as
named. The BLUF and the one-pager both say parties through here."""

from __future__ import annotations

from briefdeck.extract.place_demonyms import DEMONYM_COUNTRY

_PEOPLE = {country.casefold(): people for people, country in DEMONYM_COUNTRY.items()}
# Demonyms that are their own plural ("2 Lebanese", "3 British").
_SAME_PLURAL = ("ese", "sh", "ch", "ss", "s")


# People a toll counts, named by a common noun (singular: plural). A casualty table's row
# heading capitalises and pluralises it ("Civilians" above a 1); a sentence says "1 civilian",
# "3 civilians". Only these words are recased: a body's name ("Syrian Democratic Forces",
# "Marines") is left as written.
_NOUNS = {
    "civilian": "civilians", "child": "children", "woman": "women", "man": "men",
    "soldier": "soldiers", "worker": "workers", "contractor": "contractors",
    "fighter": "fighters", "member": "members", "guard": "guards", "resident": "residents",
    "passenger": "passengers", "employee": "employees", "journalist": "journalists",
    "officer": "officers", "militant": "militants", "student": "students",
    "patient": "patients", "medic": "medics", "airman": "airmen", "sailor": "sailors",
    "seaman": "seamen", "terrorist": "terrorists", "smuggler": "smugglers",
    "person": "people", "other": "others", "volunteer": "volunteers",
}
_SINGULAR = {plural: one for one, plural in _NOUNS.items()}
_SAME_NUMBER = frozenset({"staff", "personnel", "crew"})  # "1 staff", "2 staff"


def party_word(party: str) -> str:
    """'Iraq' -> 'Iraqi', 'Saudi Arabia' -> 'Saudi'; a table's 'Civilians' -> 'civilians'
    (a common noun in lower case, its number as written); any other party as written."""
    people = _PEOPLE.get(party.strip().casefold())
    return people if people else _common_noun(party, None)


def party_people(party: str, count: int) -> str:
    """The party of `count` hurt people: 'Syria', 2 -> 'Syrians'; 'Iraq', 1 -> 'Iraqi';
    'Civilians', 1 -> 'civilian'; 'U.S. contractor', 3 -> 'U.S. contractors'; another
    party comes back unchanged."""
    people = party_word(party)
    if people != party and people == _PEOPLE.get(party.strip().casefold()):
        if count < 2 or people.endswith(_SAME_PLURAL):
            return people
        return people + "s"
    return _common_noun(party, count)


def _common_noun(party: str, count: int | None) -> str:
    """The party with its last word, a common noun of people, in lower case and (given a
    count) in the count's number; unchanged when its last word is no such noun."""
    head, _, last = party.strip().rpartition(" ")
    word = last.casefold()
    if word in _SAME_NUMBER:
        one, many = word, word
    elif word in _NOUNS or word in _SINGULAR:
        one = word if word in _NOUNS else _SINGULAR[word]
        many = _NOUNS[one]
    else:
        return party
    if last[1:] and not last[1:].islower():  # an acronym or a heading in capitals: as written
        return party
    said = word if count is None else one if count == 1 else many
    return f"{head} {said}" if head else said
