"""A writer's bio closing a story ("Jo Ames is our correspondent, based in Beirut") names where
the writer works, not where anything happened: reading flags it as the story's furniture, so
the draft takes no place from it; the same place named in the story still counts. Our own
sentences."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest import article_from_text


def _places(text: str) -> set[str]:
    article = article_from_text(text, "bio-test")
    facts = draft_briefing(article, published="2026-03-02").facts
    return {p.name for p in facts.places}


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
