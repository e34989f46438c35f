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


def party_word(party: str) -> str:
    """'Iraq' -> 'Iraqi', 'Saudi Arabia' -> 'Saudi'; any other party as written."""
    return _PEOPLE.get(party.strip().casefold(), party)


def party_people(party: str, count: int) -> str:
    """The party of `count` hurt people: 'Syria', 2 -> 'Syrians'; 'Iraq', 1 -> 'Iraqi';
    a party that is no country's name comes back unchanged."""
    people = party_word(party)
    if people == party or count < 2 or people.endswith(_SAME_PLURAL):
        return people
    return people + "s"
