"""Countries and towns that say who sat or who wrote, not where anything happened: a record's
roll of members, a delegate's label, a surname after Mr. or Ms., a writer's bio at a story's
end. Sentences are our own."""

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


def test_a_writers_bio_at_the_end_names_no_place_of_the_report():
    text = ("Two rockets struck Erbil on Sunday, police said. No one was "
            "hurt, and the runway reopened within hours.\n\n"
            "Repair crews worked through the night.\n\n"
            "Lena Morrow is the Northern Ledger's Middle East correspondent, based in Beirut "
            "and Amman. She previously reported from Kabul.\n")
    places = _places(text)
    assert "Erbil" in places
    assert not places & {"Beirut", "Amman", "Kabul"}


def test_a_story_place_named_again_in_the_bio_still_counts():
    text = ("A drone hit a warehouse in Amman's eastern suburbs overnight, the army said.\n\n"
            "Investigators were at the site on Monday.\n\n"
            "Lena Morrow is a reporter for the Northern Ledger, based in Amman.\n")
    assert "Amman" in _places(text)
