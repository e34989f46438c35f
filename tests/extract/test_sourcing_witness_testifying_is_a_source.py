"""A witness's account at a hearing is their word: "Mr. Roe, who ..., testified that"."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def test_a_named_witness_who_testified_is_a_source():
    text = ("The employer called its yard foreman, Peter Olsen. Mr. Olsen, who was on leave "
            "that week, testified that the gate had been left open.")
    facts = draft_briefing(Article(text=text), published="2026-03-04").facts
    assert ("other", "Mr. Olsen, who was on leave that week, testified") in \
        [(f.kind, f.text) for f in facts.attributions]
