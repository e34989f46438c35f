"""Countries and towns that say who sat or who wrote, not where anything happened: a record's
roll of members, a delegate's label, a surname after Mr. or Ms. (a writer's bio at a story's
end is read as boilerplate: tests/ingest/test_writers_bios_name_no_places.py). Sentences are our
own."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _places(text: str) -> set[str]:
    facts = draft_briefing(Article(text=text), published="2026-03-02").facts
    return {p.name for p in facts.places}


RECORD = (
    "Standing Committee on Regional Security\n\n"
    "Members: Chile, Estonia, Ghana, Japan, Kenya, Norway, Portugal\n\n"
    "The Chair: I give the floor to the members who wish to speak.\n\n"
    "Ms. Hollister (Norway): Three drones struck the depot near Kirkuk on 2 March. "
    "Two guards were wounded.\n\n"
    "Mr. Tanaka (Japan) (spoke in Japanese): Japan condemns the attack near Kirkuk.\n"
)


def test_a_records_roll_of_members_is_no_place():
    places = _places(RECORD)
    assert "Kirkuk" in places
    assert not places & {"Chile", "Estonia", "Ghana", "Kenya", "Portugal"}


def test_a_delegates_country_label_and_a_delegation_condemning_are_no_places():
    assert not _places(RECORD) & {"Norway", "Japan"}


def test_a_surname_after_ms_is_no_town():
    assert "Hollister" not in _places(RECORD)
