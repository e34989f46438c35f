"""A toll's party as a reader says it: the people, not the country. The extractor files the
hurt under a party that may be a country's name ("Iraq" for an Iraqi soldier, "Syria" for a
Syrian fighter); "1 Iraq wounded" reads as the state hurt. A country said as a party is its
people's adjective ("1 Iraqi"); a body or force ("U.S.", "SDF", "PMF") stays as named."""

from __future__ import annotations

from briefdeck.extract.place_demonyms import DEMONYM_COUNTRY

_PEOPLE = {country.casefold(): people for people, country in DEMONYM_COUNTRY.items()}


def party_word(party: str) -> str:
    """'Iraq' -> 'Iraqi', 'Saudi Arabia' -> 'Saudi'; any other party as written."""
    return _PEOPLE.get(party.strip().casefold(), party)
