"""A lede's "the base's C-RAM" is named from the sentence before as the owner ("Green
Village's C-RAM"), not with a bracket inside the possessive. Report written for this test."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def test_a_possessed_base_is_named_without_a_bracket() -> None:
    text = ("Notes on the night\n\n"
            "Thread on the rocket attack at Green Village, the U.S. site in eastern Syria. "
            "Two rockets were shot down late Thursday by the base's C-RAM, according to U.S. "
            "Central Command, and a third hit a storage tent.\n")
    bluf = draft_briefing(Article(text=text, headline="Notes on the night"),
                          published="2031-05-05").narrative.bluf
    assert ")'s" not in bluf
    assert "Green Village's C-RAM" in bluf
