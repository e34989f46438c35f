"""A toll's party in the BLUF is said as people ("1 Syrian killed"), as on the one-pager:
a country's name filed as a party never reads as the state hurt ("1 Syria killed")."""

from briefdeck.extract.narrative_phrases import _toll
from briefdeck.extract.party_words import party_people, party_word
from briefdeck.model.facts import Casualties, Event


def _event(*rows: Casualties, killed: int = 0, wounded: int = 0) -> Event:
    return Event(
        id="e-1",
        kind="attack",
        date="2026-11-22",
        killed=killed or None,
        wounded=wounded or None,
        casualties=list(rows),
    )


def test_a_country_alone_as_the_party_is_its_people():
    assert _toll(_event(Casualties(party="Syria", killed=1), killed=1)) == "1 Syrian killed"
    assert _toll(_event(Casualties(party="Iraq", wounded=2), wounded=2)) == "2 Iraqis wounded"


def test_a_country_among_parties_is_its_people_and_bodies_stay_as_named():
    event = _event(
        Casualties(party="U.S.", wounded=3), Casualties(party="Jordan", wounded=2), wounded=5
    )
    assert _toll(event) == "5 wounded (3 U.S., 2 Jordanians)"


def test_demonyms_that_are_their_own_plural_take_no_s_and_others_do():
    assert party_people("Lebanon", 4) == "Lebanese"
    assert party_people("Yemen", 2) == "Yemenis"
    assert party_people("SDF", 2) == "SDF"
    assert party_word("contractor") == "contractor"


def test_a_lower_case_party_still_reads_in_the_plural():
    assert (
        _toll(_event(Casualties(party="contractor", wounded=4), wounded=4))
        == "4 contractors wounded"
    )
